package com.districtbulletin.validation;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where each of a dataset's columns stands in a file's header, matched by canonical name (any
 * case) or Chinese alias, with the header's problems: missing required columns, columns named
 * twice (both reject the file) and unknown columns (a warning).
 *
 * <p>Every unknown column is a warning of its own, as the contract says (the reading limits bound
 * how many; the receipt counts those beyond ten). Columns whose header cell is empty are one warning with an empty column, and only once a row holds a value in
 * one of them (data contract section 2): the row checker tells the map through
 * {@link #valueUnderEmptyHeader(List)}.
 */
public final class HeaderMap {

    private final Dataset dataset;
    private final int[] positions;
    private final int width;
    private final List<Problem> problems = new ArrayList<>();
    /** Positions of the columns whose header cell is empty. */
    private final List<Integer> emptyHeaders = new ArrayList<>();
    private final String file;
    private final int line;
    private boolean valueUnderEmptyHeader;

    private HeaderMap(Dataset dataset, int width, String file, int line) {
        this.file = file;
        this.line = line;
        this.dataset = dataset;
        this.width = width;
        this.positions = new int[dataset.columns().size()];
        Arrays.fill(positions, -1);
    }

    public static HeaderMap read(Dataset dataset, List<String> header, String file, int line) {
        HeaderMap map = new HeaderMap(dataset, header.size(), file, line);
        List<String> duplicated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = CellParser.trim(header.get(i));
            int column = map.columnNamed(name);
            if (name.isEmpty()) {
                map.emptyHeaders.add(i);
            } else if (column < 0) {
                map.problems.add(Problem.of(file, line, name, null, ProblemCode.UNKNOWN_COLUMN, name));
            } else if (map.positions[column] >= 0) {
                String canonical = dataset.columns().get(column).name();
                if (!duplicated.contains(canonical)) {
                    duplicated.add(canonical);
                }
            } else {
                map.positions[column] = i;
            }
        }
        for (int c = 0; c < map.positions.length; c++) {
            Column column = dataset.columns().get(c);
            if (column.isRequired() && map.positions[c] < 0) {
                map.problems.add(Problem.of(file, line, column.name(), null, ProblemCode.MISSING_COLUMN,
                        column.displayName()));
            }
        }
        for (String canonical : duplicated) {
            map.problems.add(Problem.of(file, line, canonical, null, ProblemCode.DUPLICATE_COLUMN,
                    dataset.columnNamed(canonical).displayName()));
        }
        return map;
    }

    private int columnNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<Column> columns = dataset.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(lower) || columns.get(c).alias().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    /** Problems that reject the whole file (missing or duplicate columns). */
    public List<Problem> fileProblems() {
        return problems.stream().filter(p -> p.code().scope() == ProblemCode.Scope.FILE).toList();
    }

    /** How many header cells name no column of the dataset. */
    public int unknownColumns() {
        return (int) problems.stream().filter(p -> p.code() == ProblemCode.UNKNOWN_COLUMN).count();
    }

    /** The header's warnings: its unknown columns, and a column with an empty header cell that holds a value. */
    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>(
                problems.stream().filter(p -> p.code().scope() == ProblemCode.Scope.WARNING).toList());
        if (valueUnderEmptyHeader) {
            warnings.add(new Problem(file, line, "", null, ProblemCode.UNKNOWN_COLUMN,
                    Chinese.text("problem.UNKNOWN_COLUMN.emptyHeader")));
        }
        return warnings;
    }

    /** Notes a data row's cells: whether one under an empty header cell holds a value. */
    void valueUnderEmptyHeader(List<String> cells) {
        if (valueUnderEmptyHeader) {
            return;
        }
        for (int position : emptyHeaders) {
            if (position < cells.size() && !cells.get(position).isBlank()) {
                valueUnderEmptyHeader = true;
                return;
            }
        }
    }

    /** Position in the file of the dataset's column {@code column}, or -1 when absent. */
    public int position(int column) {
        return positions[column];
    }

    /** The canonical names of the dataset's columns the header lacks, in declaration order. */
    public List<String> absentColumns() {
        List<String> absent = new ArrayList<>();
        for (int c = 0; c < positions.length; c++) {
            if (positions[c] < 0) {
                absent.add(dataset.columns().get(c).name());
            }
        }
        return absent;
    }

    /** How many of the dataset's columns the header names. */
    public int mappedColumns() {
        return (int) Arrays.stream(positions).filter(p -> p >= 0).count();
    }

    public int width() {
        return width;
    }

    public Dataset dataset() {
        return dataset;
    }
}
