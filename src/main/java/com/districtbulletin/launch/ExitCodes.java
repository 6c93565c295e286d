package com.districtbulletin.launch;

/** The process's exit statuses, as docs/operating.md lists them. */
public final class ExitCodes {

    /** The bulletin was produced (rejected rows included). */
    public static final int OK = 0;
    /** The job ran and failed; rerunning finishes it once the cause is fixed. */
    public static final int JOB_FAILED = 1;
    /** The options or the input folder are wrong; nothing was done. */
    public static final int BAD_SETUP = 2;
    /** Another run holds the database; nothing was done. */
    public static final int LOCKED = 3;
    /** The database cannot be reached, or the program cannot start. */
    public static final int NO_DATABASE = 4;

    private ExitCodes() {
    }
}
