package com.districtbulletin.statistics;

import java.util.Locale;

/** The status of a statistic (data contract section 8), as written in statistics.csv. */
public enum Status {
    OK, PARTIAL, NOT_SUBMITTED, NOT_APPLICABLE,
    /** A file for the key was rejected whole and no earlier version is in force. */
    REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
