package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.Problem;
import java.util.List;
import java.util.Set;

/**
 * A planned file once read and checked, its fate decided before anything is stored: rejected
 * whole ({@code fileProblems}; with {@code rowsReported}, its rows' problems are reported too,
 * as for NO_VALID_ROWS), or accepted with {@code accepted} rows of its {@code accepted + rejected}.
 * {@code duplicateIds} are the ids found on more than one row; {@code rowIds}, for a dataset that
 * other rows may name, every id they may name. A file that could not be read has only its
 * {@code unreadable} problem. {@code rows} keeps the checked rows for the writer when they are to
 * be stored or reported (null otherwise); {@code streamed}, for a large file, says how the writer
 * checks its rows as it stores them (its fate then known only after that).
 */
public record CheckedSubmission(PlannedFile file, SubmissionFile decoded, List<Problem> fileProblems, boolean rowsReported,
                         HeaderMap header, RowTarget target, Set<String> duplicateIds, Set<String> rowIds,
                         int accepted, int rejected, Problem unreadable, CheckedRowsSpill rows,
                         StreamedFile streamed) {

    public CheckedSubmission(PlannedFile file, SubmissionFile decoded, List<Problem> fileProblems, boolean rowsReported,
                             HeaderMap header, RowTarget target, Set<String> duplicateIds, Set<String> rowIds,
                             int accepted, int rejected, Problem unreadable, CheckedRowsSpill rows) {
        this(file, decoded, fileProblems, rowsReported, header, target, duplicateIds, rowIds, accepted, rejected,
                unreadable, rows, null);
    }

    /** A file whose header is read and whose rows the writer checks as it stores them ({@code streamed}). */
    static CheckedSubmission checkedWhileStored(PlannedFile file, HeaderMap header, RowTarget target,
                                                StreamedFile streamed) {
        return new CheckedSubmission(file, streamed.assumed(), List.of(), false, header, target, Set.of(), Set.of(), 0,
                0, null, null, streamed);
    }

    /** Its rows' check and fate, known once the writer has read them. */
    CheckedSubmission afterRows(SubmissionFile inspected, List<Problem> fileProblems, boolean rowsReported,
                                Set<String> duplicateIds, Set<String> rowIds, int accepted, int rejected) {
        return new CheckedSubmission(file, inspected, fileProblems, rowsReported, header, target, duplicateIds, rowIds,
                accepted, rejected, null, null, null);
    }

    static CheckedSubmission rejectedWhole(PlannedFile file, SubmissionFile decoded, RowTarget target,
                                           List<Problem> fileProblems) {
        return new CheckedSubmission(file, decoded, fileProblems, false, null, target, Set.of(), Set.of(), 0, 0,
                null, null);
    }

    /** A file that could not be read (UNREADABLE_FILE): no version is stored, it is read again next run. */
    static CheckedSubmission unreadable(PlannedFile file, Problem problem) {
        return new CheckedSubmission(file, null, List.of(), false, null, RowTarget.NONE, Set.of(), Set.of(), 0, 0,
                problem, null);
    }

    boolean checkedWhileStored() {
        return streamed != null;
    }

    boolean readable() {
        return unreadable == null;
    }

    boolean rejectedWhole() {
        return !fileProblems.isEmpty();
    }

    int warnings() {
        return header == null || !header.fileProblems().isEmpty() ? 0 : header.warnings().size();
    }
}
