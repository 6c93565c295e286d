package com.districtbulletin.validation;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.ClerkWording;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.dataset.Reference;
import com.districtbulletin.dataset.YearBound;
import com.districtbulletin.text.Chinese;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one data row of a submission against its dataset's columns and cross-field rules
 * (data contract sections 2, 3 and 5). Duplicate ids are a property of the whole file and are
 * found by the caller.
 */
public final class RowChecker {

    private static final BitSet NO_NUMBERS = new BitSet(0);

    private final Dataset dataset;
    private final HeaderMap header;
    private final int year;
    private final String file;
    private final Object[] defaults;
    /** For each choice column, its labels and codes as written and their codes (null for other columns). */
    private final Map<String, Object>[] choices;
    private final List<RowRule> rules;
    private final RowRule.Context context;

    /**
     * @param knownIds for each reference of the dataset, the ids of the referenced submission of
     *                 the district-year; a reference without an entry is not checked
     */
    public RowChecker(HeaderMap header, int year, String file, Map<Reference, Set<String>> knownIds) {
        this.dataset = header.dataset();
        this.header = header;
        this.year = year;
        this.file = file;
        this.rules = RowRule.of(dataset);
        this.context = new RowRule.Context(Map.copyOf(knownIds), year);
        List<Column> columns = dataset.columns();
        this.defaults = new Object[columns.size()];
        @SuppressWarnings("unchecked")
        Map<String, Object>[] written = new Map[columns.size()];
        this.choices = written;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            defaults[c] = column.defaultValue() == null ? null : CellParser.parse(column, column.defaultValue());
            if (column.type() == ColumnType.ENUM) {
                choices[c] = CellParser.choicesAsWritten(column);
            }
        }
    }

    /**
     * Checks a row given as the file's cells. Returns the row's values in the dataset's column
     * order (enumerations as their codes) and adds any problems to {@code problems}; the row is
     * accepted when none was added.
     */
    public Row check(List<String> cells, int line) {
        return check(cells, NO_NUMBERS, line);
    }

    /**
     * As {@link #check(List, int)}, for a workbook's row: {@code plainNumbers} marks the cells that
     * were numbers without a date format, which a date column rejects (data contract section 2).
     */
    public Row check(List<String> cells, BitSet plainNumbers, int line) {
        Row row = checkCells(cells, plainNumbers, line);
        if (row.problems().isEmpty()) {
            return row;
        }
        Problem totals = totalsRow(cells, line, row.problems().get(0).code());
        return totals == null ? row
                : new Row(row.line(), row.raw(), row.values(), List.of(totals), row.countsForDuplicates());
    }

    /**
     * A rejected row that holds 合计 (or another totals word) in a cell is a totals row: one
     * problem saying so, under the code of the row's first problem, instead of its empty cells.
     */
    private Problem totalsRow(List<String> cells, int line, ProblemCode code) {
        for (int position = 0; position < cells.size(); position++) {
            String word = ChoiceSuggestion.normalise(CellParser.trim(cells.get(position)));
            if (ClerkWording.TOTALS_WORDS.contains(word)) {
                String column = null;
                for (int c = 0; c < dataset.columns().size(); c++) {
                    if (header.position(c) == position) {
                        column = dataset.columns().get(c).name();
                    }
                }
                return new Problem(file, line, column, CellParser.trim(cells.get(position)), code,
                        Chinese.text("problem.totalsRow", line, CellParser.trim(cells.get(position))));
            }
        }
        return null;
    }

    private Row checkCells(List<String> cells, BitSet plainNumbers, int line) {
        List<Problem> problems = new ArrayList<>(0);
        int columnCount = dataset.columns().size();
        String[] raw = new String[columnCount];
        Object[] values = new Object[columnCount];
        if (cells.size() != header.width()) {
            problems.add(Problem.of(file, line, null, null, ProblemCode.COLUMN_COUNT, cells.size(), header.width()));
            return new Row(line, raw, values, problems, false);
        }
        header.valueUnderEmptyHeader(cells);
        for (int c = 0; c < columnCount; c++) {
            int position = header.position(c);
            String cell = position < 0 ? "" : CellParser.trim(cells.get(position));
            raw[c] = cell;
            Column column = dataset.columns().get(c);
            if (column.type() == ColumnType.DATE && position >= 0 && plainNumbers.get(position) && !cell.isEmpty()) {
                problems.add(new Problem(file, line, column.name(), cell, ProblemCode.BAD_DATE,
                        DateMistake.numberCell(column, cell)));
                continue;
            }
            values[c] = read(column, c, cell, line, problems);
        }
        for (int c = 0; c < columnCount; c++) {
            Column column = dataset.columns().get(c);
            if (column.earlierWhen() != null && values[c] != null && !inYearOrEarlier(column, (LocalDate) values[c],
                    values[dataset.indexOf(column.earlierWhen())], raw[c], line, problems)) {
                values[c] = null;
            }
        }
        RowRule.RowView view = new RowRule.RowView(dataset, raw, values, line, file);
        for (RowRule rule : rules) {
            rule.check(view, context, problems);
        }
        return new Row(line, raw, values, problems, true);
    }

    private Object read(Column column, int index, String cell, int line, List<Problem> problems) {
        if (cell.isEmpty()) {
            if (column.isRequired()) {
                problems.add(Problem.of(file, line, column.name(), "", ProblemCode.REQUIRED, column.displayName()));
            }
            return defaults[index];
        }
        Object value = choices[index] == null ? null : choices[index].get(cell);
        if (value == null) {
            value = CellParser.parse(column, cell);
        }
        if (value == CellParser.INVALID) {
            problems.add(invalid(column, cell, line));
            return null;
        }
        if (column.yearBound() != YearBound.NONE && column.earlierWhen() == null
                && outsideBound(column.yearBound(), (LocalDate) value)) {
            problems.add(Problem.of(file, line, column.name(), cell, ProblemCode.valueOf(column.yearBound().code()),
                    column.displayName(), cell, year));
            return null;
        }
        return value;
    }

    private boolean outsideBound(YearBound bound, LocalDate date) {
        return !bound.holds(date, year);
    }

    /**
     * In the year, or earlier when the row's {@code earlierWhen} boolean is 是 (a cell that is not a
     * boolean reads as 否); a date after the year is AFTER_YEAR when it is 是, OUT_OF_YEAR otherwise.
     */
    private boolean inYearOrEarlier(Column column, LocalDate date, Object earlier, String cell, int line,
                                    List<Problem> problems) {
        boolean allowsEarlier = Boolean.TRUE.equals(earlier);
        ProblemCode code = null;
        if (date.getYear() > year) {
            code = allowsEarlier ? ProblemCode.AFTER_YEAR : ProblemCode.OUT_OF_YEAR;
        } else if (date.getYear() < year && !allowsEarlier) {
            code = ProblemCode.OUT_OF_YEAR;
        }
        if (code != null) {
            problems.add(Problem.of(file, line, column.name(), cell, code, column.displayName(), cell, year));
        }
        return code == null;
    }

    private Problem invalid(Column column, String cell, int line) {
        return switch (column.type()) {
            case INTEGER -> Problem.of(file, line, column.name(), cell, ProblemCode.BAD_INTEGER, column.displayName(), cell);
            case DATE -> new Problem(file, line, column.name(), cell, ProblemCode.BAD_DATE,
                    DateMistake.textCell(column, cell));
            case ENUM -> new Problem(file, line, column.name(), cell, ProblemCode.BAD_ENUM, ChoiceSuggestion.of(column, cell)
                    .map(choice -> Chinese.text("problem.BAD_ENUM.didYouMean", column.displayName(), cell,
                            choice.label(), allowed(column)))
                    .orElseGet(() -> Chinese.text("problem.BAD_ENUM", column.displayName(), cell, allowed(column))));
            default -> Problem.of(file, line, column.name(), cell, ProblemCode.BAD_ENUM, column.displayName(), cell,
                    allowed(column));
        };
    }

    public String file() {
        return file;
    }

    /** The values a clerk may write, Chinese labels first, then the English codes. */
    static String allowed(Column column) {
        String separator = Chinese.text("problem.enumSeparator");
        if (column.type() == ColumnType.BOOLEAN) {
            return String.join(separator, "是", "否", "Y", "N", "yes", "no", "true", "false", "1", "0");
        }
        String labels = column.choices().stream().map(Choice::label).collect(Collectors.joining(separator));
        String codes = column.choices().stream().map(Choice::code)
                .filter(code -> column.choices().stream().noneMatch(c -> c.label().equals(code)))
                .collect(Collectors.joining(separator));
        return codes.isEmpty() ? labels : labels + "（或 " + codes + "）";
    }

    /**
     * A checked row: its physical line, trimmed cells and parsed values in column order, and its
     * problems. {@code countsForDuplicates} is false for a row rejected for its cell count,
     * whose id does not take part in the duplicate check.
     */
    public record Row(int line, String[] raw, Object[] values, List<Problem> problems, boolean countsForDuplicates) {

        public boolean accepted() {
            return problems.isEmpty();
        }

        public String id() {
            return raw[0];
        }
    }
}
