package com.districtbulletin.statistics;

import java.util.Locale;

/**
 * The status of a statistic (data contract section 8), as written in statistics.csv. {@code REJECTED}:
 * the district sent a file for the key that was rejected whole and no earlier version is in force.
 */
public enum Status {
    OK, PARTIAL, NOT_SUBMITTED,
    /** A file for the key was rejected whole and no earlier version is in force. */
    REJECTED,
    NOT_APPLICABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
