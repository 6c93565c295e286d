package com.districtbulletin.ingest;

import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.Problem;
import java.util.List;
import java.util.Set;

/**
 * A planned file once read and checked, its fate decided before anything is stored: rejected
 * whole ({@code fileProblems}; with {@code rowsReported}, its rows' problems are reported too,
 * as for NO_VALID_ROWS), or accepted with {@code accepted} rows of its {@code accepted + rejected}.
 * {@code duplicateIds} are the ids found on more than one row; {@code rowIds}, for a dataset that
 * other rows may name, every id they may name.
 */
public record CheckedSubmission(PlannedFile file, DecodedFile decoded, List<Problem> fileProblems, boolean rowsReported,
                         HeaderMap header, RowTarget target, Set<String> duplicateIds, Set<String> rowIds,
                         int accepted, int rejected) {

    static CheckedSubmission rejectedWhole(PlannedFile file, DecodedFile decoded, RowTarget target,
                                           List<Problem> fileProblems) {
        return new CheckedSubmission(file, decoded, fileProblems, false, null, target, Set.of(), Set.of(), 0, 0);
    }

    boolean rejectedWhole() {
        return !fileProblems.isEmpty();
    }

    int warnings() {
        return header == null || !header.fileProblems().isEmpty() ? 0 : header.warnings().size();
    }
}
