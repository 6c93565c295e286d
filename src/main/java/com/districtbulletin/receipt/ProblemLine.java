package com.districtbulletin.receipt;

import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a receipt's problems: the problems of one file with the same code, column and
 * severity, with their line numbers and the message of the first; a problem of the whole file
 * is a line of its own.
 *
 * @param lines the line numbers, empty for a problem of the whole file
 */
record ProblemLine(String file, String code, String column, String severity, String message,
                   List<Integer> lines) {

    /** Index of each cell in a validation-report row. */
    static final int FILE = 0;
    static final int LINE = 1;
    static final int COLUMN = 2;
    static final int CODE = 4;
    static final int MESSAGE = 5;
    static final int SEVERITY = 6;
    static final int DISTRICT_CODE = 7;

    private static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
    /** A receipt names this many unknown columns of a file, and counts the rest. */
    static final int UNKNOWN_COLUMNS_NAMED = 10;

    /**
     * The report rows (in report order) grouped into lines, by file in order of first
     * appearance, each file's problems of the whole file first.
     */
    static Map<String, List<ProblemLine>> byFile(List<List<?>> rows) {
        Map<String, Map<List<String>, ProblemLine>> grouped = new LinkedHashMap<>();
        Map<String, List<ProblemLine>> wholeFile = new LinkedHashMap<>();
        for (List<?> row : rows) {
            String file = text(row, FILE);
            grouped.computeIfAbsent(file, f -> new LinkedHashMap<>());
            wholeFile.computeIfAbsent(file, f -> new ArrayList<>());
            Object line = row.get(LINE);
            if (line == null) {
                // the same problem of the version in force and of a pending one is one problem
                boolean known = wholeFile.get(file).stream().anyMatch(p -> Objects.equals(p.code(), text(row, CODE))
                        && Objects.equals(p.column(), text(row, COLUMN)));
                if (!known) {
                    wholeFile.get(file).add(new ProblemLine(file, text(row, CODE), text(row, COLUMN),
                            text(row, SEVERITY), text(row, MESSAGE), List.of()));
                }
                continue;
            }
            List<String> key = List.of(text(row, CODE), Objects.toString(row.get(COLUMN), ""), text(row, SEVERITY));
            List<Integer> lines = grouped.get(file).computeIfAbsent(key, k -> new ProblemLine(file, k.get(0),
                    text(row, COLUMN), k.get(2), text(row, MESSAGE), new ArrayList<>())).lines();
            int number = ((Number) line).intValue();
            if (!lines.contains(number)) {
                lines.add(number);
            }
        }
        Map<String, List<ProblemLine>> result = new LinkedHashMap<>();
        for (var e : grouped.entrySet()) {
            List<ProblemLine> lines = new ArrayList<>(wholeFile.get(e.getKey()));
            lines.addAll(unknownColumnsCounted(e.getValue().values()));
            result.put(e.getKey(), lines);
        }
        return result;
    }

    /**
     * A file's lines with its unknown columns named up to {@link #UNKNOWN_COLUMNS_NAMED}, the rest as
     * one line that counts them: the report lists each, the receipt does not grow with a file's width.
     */
    private static List<ProblemLine> unknownColumnsCounted(Collection<ProblemLine> lines) {
        List<ProblemLine> kept = new ArrayList<>();
        int unknown = 0;
        ProblemLine first = null;
        for (ProblemLine l : lines) {
            boolean named = UNKNOWN_COLUMN.equals(l.code()) && l.column() != null && !l.column().isEmpty();
            if (named && ++unknown > UNKNOWN_COLUMNS_NAMED) {
                first = first == null ? l : first;
                continue;
            }
            kept.add(l);
        }
        if (first != null) {
            kept.add(new ProblemLine(first.file(), UNKNOWN_COLUMN, null, first.severity(),
                    Chinese.text("problem.UNKNOWN_COLUMN.more", unknown - UNKNOWN_COLUMNS_NAMED), first.lines()));
        }
        return kept;
    }

    /** How many problems the lines are: one per line number, one per problem of a whole file. */
    static int count(Map<String, List<ProblemLine>> byFile) {
        return byFile.values().stream().flatMap(List::stream).mapToInt(l -> Math.max(1, l.lines().size())).sum();
    }

    /** How many rows the lines leave out: each file's distinct lines with a problem that rejects the row. */
    static long rowsOut(Map<String, List<ProblemLine>> byFile) {
        return byFile.values().stream().mapToLong(lines -> lines.stream().filter(l -> "row".equals(l.severity()))
                .flatMap(l -> l.lines().stream()).distinct().count()).sum();
    }

    private static String text(List<?> row, int cell) {
        Object value = row.get(cell);
        return value == null ? null : value.toString();
    }
}
