package com.districtbulletin.dataset;

import java.util.List;

/**
 * One column of a dataset as the contract declares it. The same declaration maps headers,
 * parses and checks cells, names the database column and documents the column for clerks.
 *
 * @param name         canonical English name; also the database column name
 * @param alias        Chinese header alias
 * @param type         cell type
 * @param isRequired   whether a cell may never be empty (and the column must be present)
 * @param defaultValue what an empty cell reads as, written as a clerk would write it; null for none
 * @param yearBound    for dates: where the date must fall relative to the submission's year
 * @param earlierWhen  for a date in the year: the boolean column that, when 是, lets the date fall
 *                     before the year (and reports a date after it as AFTER_YEAR); null for none
 * @param choices      for enumerations: the allowed values
 * @param meaning      a short Chinese explanation for the filling instructions; may be empty
 * @param example      a valid value for the example row of the templates; may be empty
 * @param isAddedInV3  a column contract v3 added to a v2 dataset (a "v3 column", v3 section 0.2):
 *                     optional, and a metric over it is not collected from a file whose header lacks it
 */
public record Column(String name, String alias, ColumnType type, boolean isRequired, String defaultValue,
                     YearBound yearBound, String earlierWhen, List<Choice> choices, String meaning,
                     String example, boolean isAddedInV3) {

    public static Column column(String name, String alias, ColumnType type) {
        return new Column(name, alias, type, false, null, YearBound.NONE, null, List.of(), "", "", false);
    }

    public Column required() {
        return new Column(name, alias, type, true, defaultValue, yearBound, earlierWhen, choices, meaning, example, isAddedInV3);
    }

    public Column orElse(String defaultValue) {
        return new Column(name, alias, type, isRequired, defaultValue, yearBound, earlierWhen, choices, meaning,
                example, isAddedInV3);
    }

    /** The date must fall in the submission's year (OUT_OF_YEAR). */
    public Column inYear() {
        return new Column(name, alias, type, isRequired, defaultValue, YearBound.IN_YEAR, earlierWhen, choices,
                meaning, example, isAddedInV3);
    }

    /** The date must not be later than the submission's year (AFTER_YEAR). */
    public Column notAfterYear() {
        return new Column(name, alias, type, isRequired, defaultValue, YearBound.NOT_AFTER_YEAR, earlierWhen,
                choices, meaning, example, isAddedInV3);
    }

    /** With {@link #inYear()}: the date may also fall before the year when {@code booleanColumn} is 是. */
    public Column orEarlierWhen(String booleanColumn) {
        return new Column(name, alias, type, isRequired, defaultValue, yearBound, booleanColumn, choices, meaning,
                example, isAddedInV3);
    }

    public Column choices(Choice... choices) {
        return new Column(name, alias, type, isRequired, defaultValue, yearBound, earlierWhen, List.of(choices),
                meaning, example, isAddedInV3);
    }

    public Column means(String meaning) {
        return new Column(name, alias, type, isRequired, defaultValue, yearBound, earlierWhen, choices, meaning,
                example, isAddedInV3);
    }

    public Column example(String example) {
        return new Column(name, alias, type, isRequired, defaultValue, yearBound, earlierWhen, choices, meaning,
                example, isAddedInV3);
    }

    /** A column contract v3 added to a v2 dataset; it must be optional. */
    public Column addedInV3() {
        return new Column(name, alias, type, isRequired, defaultValue, yearBound, earlierWhen, choices, meaning,
                example, true);
    }

    /** Whether the date must fall in the submission's year (earlier dates may pass, see {@link #earlierWhen}). */
    public boolean mustFallInYear() {
        return yearBound == YearBound.IN_YEAR;
    }

    /** The label a clerk sees: 「会议日期」(meeting_date). */
    public String displayName() {
        return "「" + alias + "」(" + name + ")";
    }

    /** A valid cell for an example row: the declared example, else the first choice. */
    public String exampleCell() {
        if (!example.isEmpty() || choices.isEmpty()) {
            return example;
        }
        return choices.get(0).label();
    }

    /** The choice whose code is {@code code}, if any. */
    public java.util.Optional<Choice> choiceCoded(String code) {
        for (Choice choice : choices) {
            if (choice.code().equals(code)) {
                return java.util.Optional.of(choice);
            }
        }
        return java.util.Optional.empty();
    }
}
