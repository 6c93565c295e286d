package com.districtbulletin.registry;

/** The registry is missing or wrong: the run stops before anything is ingested. */
public class RegistryException extends RuntimeException {

    public RegistryException(String message) {
        super(message);
    }
}
