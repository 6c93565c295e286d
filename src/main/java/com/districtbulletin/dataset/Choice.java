package com.districtbulletin.dataset;

/** One value of an enumeration: the English code (stored) and the Chinese label (printed). */
public record Choice(String code, String label) {

    public static Choice of(String code, String label) {
        return new Choice(code, label);
    }
}
