package com.districtbulletin.crash;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the crash tests: with {@code -Dbulletin.debug.pause-at=NAME} the process stops at the
 * named point, says so on its log, and waits to be killed (kill -9). Without it, nothing happens.
 * Points: {@code ingest} (in the middle of a large file), {@code statistics} (computed, not yet
 * committed), {@code render} (bulletin written to its temporary file, not yet renamed),
 * {@code publish} (a final edition's files written, the edition not yet recorded as published).
 *
 * <p>In-process crash tests call {@link #crashAt(String)} instead: the run then stops at the point
 * with {@link Crash}, an error no code of the product catches, so nothing after the point runs
 * and the step's transaction is rolled back, as when the process dies there. Unlike a killed
 * process, the job's execution ends FAILED (not left STARTED) and a temporary file is removed;
 * the process tests keep one kill -9 per point for those.
 */
public final class PausePoint {

    private static final Logger log = LoggerFactory.getLogger(PausePoint.class);
    private static final String WANTED = System.getProperty("bulletin.debug.pause-at", "");
    private static volatile String crashAt = "";

    private PausePoint() {
    }

    /** The next time a run of this process reaches the point {@code name}, it stops there with {@link Crash}. */
    public static void crashAt(String name) {
        crashAt = name;
    }

    public static void reach(String name) {
        if (name.equals(crashAt)) {
            crashAt = "";
            log.warn("PAUSE POINT {} reached: the run stops here as if its process died", name);
            throw new Crash(name);
        }
        if (!WANTED.equals(name)) {
            return;
        }
        log.warn("PAUSE POINT {} reached: waiting to be killed", name);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The run stopped at a pause point (in-process crash tests only). */
    public static final class Crash extends Error {

        private static final long serialVersionUID = 1L;

        Crash(String point) {
            super("stopped at the pause point " + point);
        }
    }
}
