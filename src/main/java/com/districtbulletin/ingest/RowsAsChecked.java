package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.validation.DuplicateIds;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * A file's data rows, each checked as it is read, in the form the writer stores them, with what the
 * file's fate needs counted on the way: its rows, the rows that passed every check, the ids that may
 * be on more than one row, the ids other rows may name, the year its dates fall in.
 *
 * <p>{@code duplicates} are ids already known to be on more than one row: a row with one of them keeps
 * its cells as written, for it is reported (DUPLICATE_ID) even when it passed every other check, and
 * is not counted as accepted.
 */
final class RowsAsChecked implements KeptRows {

    private final CheckedRows checked;
    private final boolean named;
    private final Set<String> duplicates;
    private final DuplicateIds ids = new DuplicateIds();
    private final Set<String> rowIds;
    private final DatesInAnotherYear dates;
    private int rows;
    private int accepted;

    RowsAsChecked(PlannedFile file, SubmissionFile decoded, HeaderMap header, RowTarget target, Set<String> duplicates)
            throws IOException {
        this.checked = new CheckedRows(decoded, FileCheck.checker(file, header, target));
        this.named = References.isNamed(file.key().dataset());
        this.rowIds = named ? new HashSet<>() : Set.of();
        this.duplicates = duplicates;
        this.dates = new DatesInAnotherYear(file.key().year());
    }

    @Override
    public boolean hasNext() {
        return checked.hasNext();
    }

    @Override
    public CheckedRowsSpill.SpilledRow next() {
        CheckedRows.Checked next = checked.next();
        RowChecker.Row row = next.row();
        dates.add(row);
        rows++;
        boolean duplicate = false;
        if (row.countsForDuplicates()) {
            ids.add(row.id());
            if (named && !row.id().isEmpty()) {
                rowIds.add(row.id());
            }
            duplicate = duplicates.contains(row.id());
        }
        if (row.accepted() && !duplicate) {
            accepted++;
        }
        String cells = row.accepted() && !duplicate ? null : CSVFormat.RFC4180.format(next.cells().toArray());
        return new CheckedRowsSpill.SpilledRow(row.line(), row.countsForDuplicates(), row.id(),
                row.accepted() ? row.values() : null, row.problems(), cells);
    }

    /** The data rows read so far. */
    int rows() {
        return rows;
    }

    /** The rows read so far that passed every check and whose id is none of the known {@code duplicates}. */
    int accepted() {
        return accepted;
    }

    /** Ids seen on more than one row so far, or maybe so (a hash seen twice): to be confirmed. */
    Set<String> suspects() {
        return ids.suspects();
    }

    /** The ids rows of other datasets may name (empty for a dataset no other names). */
    Set<String> rowIds() {
        return rowIds;
    }

    /** The NO_VALID_ROWS problem of the file, with the hint when its dates are in another year than its name's. */
    Problem noValidRows(String path) {
        Problem noValidRows = Problem.ofFile(path, ProblemCode.NO_VALID_ROWS, rows);
        return new Problem(path, null, null, null, ProblemCode.NO_VALID_ROWS, dates.hint() + noValidRows.message());
    }

    @Override
    public void close() {
        checked.close();
    }

    /** Of the {@code suspects}, the ids on more than one row of the file: a pass that checks the rows and stores none. */
    static Set<String> confirmDuplicates(PlannedFile file, SubmissionFile decoded, HeaderMap header, RowTarget target,
                                         Set<String> suspects) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> duplicated = new HashSet<>();
        try (CheckedRows rows = new CheckedRows(decoded, FileCheck.checker(file, header, target))) {
            while (rows.hasNext()) {
                RowChecker.Row row = rows.next().row();
                if (row.countsForDuplicates() && suspects.contains(row.id()) && !seen.add(row.id())) {
                    duplicated.add(row.id());
                }
            }
        }
        return duplicated;
    }

    /** The problems a kept row is reported with: its own and, when its id is one of {@code duplicates}, DUPLICATE_ID. */
    static List<Problem> problemsOf(CheckedRowsSpill.SpilledRow row, Set<String> duplicates, String path,
                                    com.districtbulletin.dataset.Dataset dataset) {
        List<Problem> problems = row.problems();
        if (row.countsForDuplicates() && duplicates.contains(row.id())) {
            problems = new java.util.ArrayList<>(problems);
            problems.add(Problem.of(path, row.line(), dataset.idColumn().name(), row.id(),
                    ProblemCode.DUPLICATE_ID, dataset.idColumn().displayName(), row.id()));
        }
        return problems;
    }
}
