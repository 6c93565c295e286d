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
    NOT_AFTER_YEAR("AFTER_YEAR"),
    /** Not earlier than 1 January of the year ({@code OUT_OF_YEAR}): v3's service_tasks end dates. */
    NOT_BEFORE_YEAR("OUT_OF_YEAR");

    private final String code;

    YearBound(String code) {
        this.code = code;
    }

    /** Whether {@code date} keeps to this bound in the submission year {@code year}. */
    public boolean holds(java.time.LocalDate date, int year) {
        return switch (this) {
            case NONE -> true;
            case IN_YEAR -> date.getYear() == year;
            case NOT_AFTER_YEAR -> date.getYear() <= year;
            case NOT_BEFORE_YEAR -> date.getYear() >= year;
        };
    }

    /** The problem code of a date that breaks the bound; null for {@link #NONE}. */
    public String code() {
        return code;
    }
}
