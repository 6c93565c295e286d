package com.districtbulletin.crash;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the crash tests: with {@code -Dbulletin.debug.pause-at=NAME} the process stops at the
 * named point, says so on its log, and waits to be killed (kill -9). Without it, nothing happens.
 * Points: {@code ingest} (in the middle of a large file), {@code statistics} (computed, not yet
 * committed), {@code render} (bulletin written to its temporary file, not yet renamed).
 */
public final class PausePoint {

    private static final Logger log = LoggerFactory.getLogger(PausePoint.class);
    private static final String WANTED = System.getProperty("bulletin.debug.pause-at", "");

    private PausePoint() {
    }

    public static void reach(String name) {
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
}
