package com.districtbulletin.statistics;

/**
 * An aggregate over a dataset's accepted rows (alias {@code t}), as SQL that H2 and PostgreSQL
 * read alike; a district with a submission but no accepted row gets 0.
 *
 * @param sql         the aggregate expression
 * @param description how it reads in the methodology notes (Chinese)
 */
public record Measure(String sql, String description) {

    /** The number of rows meeting a condition on the row's columns. */
    public static Measure countWhere(String condition, String description) {
        return new Measure("COUNT(CASE WHEN " + condition + " THEN 1 END)", description);
    }

    /** The number of rows. */
    public static Measure rows(String description) {
        return new Measure("COUNT(t.line_no)", description);
    }

    /** The sum of an integer column. */
    public static Measure sum(String column, String description) {
        return new Measure("COALESCE(SUM(t." + column + "), 0)", description);
    }
}
