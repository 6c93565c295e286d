package com.districtbulletin.launch;

/** The run cannot start; carries the exit status and the one sentence that says why. */
public class RunRefused extends RuntimeException {

    private final int exitCode;

    public RunRefused(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
