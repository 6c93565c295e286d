package com.districtbulletin.registry;

/** A district of the municipality as the registry gives it. */
public record District(String code, String name, Integer deputies, Integer order) {
}
