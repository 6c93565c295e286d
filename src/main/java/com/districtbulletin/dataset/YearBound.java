package com.districtbulletin.dataset;

/**
 * What a date column must keep to relative to the submission's year (data contract section 3),
 * with the code a violation is reported under.
 */
public enum YearBound {
    /** No bound: the date may fall in any year. */
    NONE(null),
    /** In the year ({@code OUT_OF_YEAR}); with an "earlier when" column, earlier dates pass when it is 是. */
    IN_YEAR("OUT_OF_YEAR"),
    /** Not later than 31 December of the year ({@code AFTER_YEAR}). */
    NOT_AFTER_YEAR("AFTER_YEAR");

    private final String code;

    YearBound(String code) {
        this.code = code;
    }

    /** The problem code of a date that breaks the bound; null for {@link #NONE}. */
    public String code() {
        return code;
    }
}
