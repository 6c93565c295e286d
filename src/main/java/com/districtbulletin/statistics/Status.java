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
    NOT_APPLICABLE,
    /**
     * Contract v3: the district sent the dataset, but its files could not yet give the figure (its
     * year is not v3, or its file lacks a source column); printed 未采集, never 未报送.
     */
    NOT_COLLECTED;

    /** As written in statistics.csv and stored: every figure's status, so made once. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Status ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
