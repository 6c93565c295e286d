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
 * @param mustFallInYear for dates: must fall in the submission's year
 * @param choices      for enumerations: the allowed values
 * @param meaning      a short Chinese explanation for the filling instructions; may be empty
 * @param example      a valid value for the example row of the templates; may be empty
 */
public record Column(String name, String alias, ColumnType type, boolean isRequired, String defaultValue,
                     boolean mustFallInYear, List<Choice> choices, String meaning, String example) {

    public static Column column(String name, String alias, ColumnType type) {
        return new Column(name, alias, type, false, null, false, List.of(), "", "");
    }

    public Column required() {
        return new Column(name, alias, type, true, defaultValue, mustFallInYear, choices, meaning, example);
    }

    public Column orElse(String defaultValue) {
        return new Column(name, alias, type, isRequired, defaultValue, mustFallInYear, choices, meaning, example);
    }

    public Column inYear() {
        return new Column(name, alias, type, isRequired, defaultValue, true, choices, meaning, example);
    }

    public Column choices(Choice... choices) {
        return new Column(name, alias, type, isRequired, defaultValue, mustFallInYear, List.of(choices), meaning, example);
    }

    public Column means(String meaning) {
        return new Column(name, alias, type, isRequired, defaultValue, mustFallInYear, choices, meaning, example);
    }

    public Column example(String example) {
        return new Column(name, alias, type, isRequired, defaultValue, mustFallInYear, choices, meaning, example);
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
}
