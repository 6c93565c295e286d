package com.districtbulletin.dataset;

/**
 * One value of an enumeration: the English code (stored) and the Chinese label (printed).
 * {@code addedInV3}: a value contract v3 added (section 3); a row using it makes its district-year v3.
 */
public record Choice(String code, String label, boolean addedInV3) {

    public Choice(String code, String label) {
        this(code, label, false);
    }

    public static Choice of(String code, String label) {
        return new Choice(code, label, false);
    }

    /** A value contract v3 added to a v2 enumeration. */
    public static Choice addedInV3(String code, String label) {
        return new Choice(code, label, true);
    }
}
