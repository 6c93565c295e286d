package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.submission.SubmissionRecords;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.HeaderDiagnosis;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * The checks of one submission file that need nothing but the file and the ids its rows may
 * name (data contract sections 2, 3, 5 and 6), in the order of section 6: too large, unreadable,
 * encoding, header, empty, then every row. Used by the ingest ({@link SubmissionCheck}) and by
 * {@code --validate} ({@link FolderCheck}), so that both judge a file the same way.
 *
 * <p>Memory stays flat in the number of rows: the checked rows go to a {@link CheckedRowsSpill}
 * for the writer (or the report), and the ids are kept as hashes ({@link com.districtbulletin.validation.DuplicateIds}) except
 * those of a dataset whose rows others may name.
 */
final class FileCheck {

    /**
     * How many records after the header are looked at to diagnose it as a whole (a title row above
     * the real header, a header run into the first row) and to tell whether the file has rows.
     */
    private static final int LOOK_AHEAD = 5;

    private FileCheck() {
    }

    static CheckedSubmission check(PlannedFile file, SubmissionFile decoded, RowTarget target) throws IOException {
        Header header = header(file, decoded, target);
        return header.rejected() != null ? header.rejected() : checkRows(file, decoded, header.map(), target);
    }

    /**
     * The file's fate as far as its header decides it: rejected whole (too large, unreadable,
     * encoding, header, empty), or its header, with rows to check.
     */
    record Header(CheckedSubmission rejected, HeaderMap map) {
    }

    static Header header(PlannedFile file, SubmissionFile decoded, RowTarget target) throws IOException {
        if (decoded.overLimit() != null) {
            return rejected(tooLarge(file, decoded, target, decoded.overLimit()));
        }
        var unreadable = decoded.unreadable();
        if (unreadable.isPresent()) {
            return rejected(CheckedSubmission.rejectedWhole(file, decoded, target, List.of(
                    unreadable.get().kind() == SubmissionFile.Unreadable.Kind.ENCODING
                            ? Problem.ofFile(file.path(), ProblemCode.ENCODING)
                            : Problem.ofFile(file.path(), ProblemCode.UNREADABLE_FILE, unreadable.get().reason()))));
        }
        try {
            return readHeader(file, decoded, target);
        } catch (SubmissionReadException e) {
            if (e.kind() != SubmissionReadException.Kind.OVER_LIMIT) {
                throw e;
            }
            return rejected(tooLarge(file, decoded, target, e.detail()));
        }
    }

    /**
     * The header and the records after it. A text's limits are counted as its records are split: a
     * file rejected for its header is read to its end first, for a limit passed comes first.
     */
    private static Header readHeader(PlannedFile file, SubmissionFile decoded, RowTarget target) throws IOException {
        HeaderMap header;
        try (SubmissionRecords records = decoded.records()) {
            if (!records.hasNext()) {
                return rejected(CheckedSubmission.rejectedWhole(file, decoded, target, List.of(Problem.ofFile(file.path(),
                        ProblemCode.EMPTY_FILE, Chinese.text("problem.EMPTY_FILE.noHeader")))));
            }
            SubmissionRecords.Record headerRecord = records.next();
            Dataset dataset = file.key().dataset();
            header = HeaderMap.read(dataset, headerRecord.cells(), file.path(), headerRecord.line());
            List<List<String>> following = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            while (following.size() < LOOK_AHEAD && records.hasNext()) {
                SubmissionRecords.Record next = records.next();
                following.add(next.cells());
                lines.add(next.line());
            }
            var joined = HeaderDiagnosis.joinedWithNextRow(file.path(), headerRecord.cells(), headerRecord.line(),
                    header.unknownColumns(), following);
            if (joined.isPresent()) {
                readToEnd(records, decoded);
                return rejected(CheckedSubmission.rejectedWhole(file, decoded, target, List.of(joined.get())));
            }
            if (!header.fileProblems().isEmpty()) {
                readToEnd(records, decoded);
                List<Problem> problems = HeaderDiagnosis.of(dataset, file.path(), headerRecord.cells(),
                        headerRecord.line(), following, lines).map(List::of).orElse(header.fileProblems());
                return rejected(CheckedSubmission.rejectedWhole(file, decoded, target, problems));
            }
            if (following.isEmpty()) {
                return rejected(CheckedSubmission.rejectedWhole(file, decoded, target, List.of(Problem.ofFile(file.path(),
                        ProblemCode.EMPTY_FILE, Chinese.text("problem.EMPTY_FILE.noRows")))));
            }
        }
        return new Header(null, header);
    }

    private static Header rejected(CheckedSubmission rejected) {
        return new Header(rejected, null);
    }

    /** A text's remaining records, for the limits they may pass (a workbook's were counted when it was inspected). */
    private static void readToEnd(SubmissionRecords records, SubmissionFile decoded) {
        if (decoded instanceof DecodedFile) {
            records.forEachRemaining(record -> { });
        }
    }

    private static CheckedSubmission tooLarge(PlannedFile file, SubmissionFile decoded, RowTarget target, String limit) {
        SubmissionFile over = decoded instanceof DecodedFile text && text.overLimit() == null
                ? text.overLimitFound(limit) : decoded;
        return CheckedSubmission.rejectedWhole(file, over, target,
                List.of(Problem.ofFile(file.path(), ProblemCode.TOO_LARGE, limit)));
    }

    private static CheckedSubmission checkRows(PlannedFile file, SubmissionFile decoded, HeaderMap header,
                                               RowTarget target) throws IOException {
        Dataset dataset = file.key().dataset();
        CheckedRowsSpill spill = new CheckedRowsSpill(file.path(), dataset.columns().size());
        Set<String> duplicated = Set.of();
        int accepted;
        int rows;
        Problem noValidRows;
        Set<String> rowIds;
        try (RowsAsChecked checked = new RowsAsChecked(file, decoded, header, target, Set.of())) {
            try {
                while (checked.hasNext()) {
                    spill.add(checked.next());
                }
            } catch (SubmissionReadException e) {
                if (e.kind() != SubmissionReadException.Kind.OVER_LIMIT) {
                    throw e;
                }
                spill.close();
                return tooLarge(file, decoded, target, e.detail());
            }
            accepted = checked.accepted();
            rows = checked.rows();
            noValidRows = checked.noValidRows(file.path());
            rowIds = checked.rowIds();
            if (!checked.suspects().isEmpty()) {
                Confirmed confirmed = confirmDuplicates(spill, checked.suspects());
                duplicated = confirmed.ids();
                accepted -= confirmed.acceptedRows();
                if (confirmed.acceptedRows() > 0) {
                    spill = withCellsOfDuplicates(spill, decoded, file.path(), dataset, duplicated);
                }
            }
        } catch (IOException | RuntimeException e) {
            spill.close();
            throw e;
        }
        if (accepted == 0) {
            return new CheckedSubmission(file, decoded, List.of(noValidRows), true, header, target, duplicated,
                    Set.of(), 0, rows, null, spill);
        }
        return new CheckedSubmission(file, decoded, List.of(), false, header, target, duplicated, rowIds, accepted,
                rows - accepted, null, spill);
    }

    /** Of the suspected ids, those really on more than one row, and how many of their rows passed every other check. */
    private static Confirmed confirmDuplicates(CheckedRowsSpill spill, Set<String> suspects) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        try (CheckedRowsSpill.Reader rows = spill.rows()) {
            while (rows.hasNext()) {
                CheckedRowsSpill.SpilledRow row = rows.next();
                if (row.countsForDuplicates() && suspects.contains(row.id())) {
                    int[] count = counts.computeIfAbsent(row.id(), k -> new int[2]);
                    count[0]++;
                    if (row.passedChecks()) {
                        count[1]++;
                    }
                }
            }
        }
        Set<String> duplicated = new HashSet<>();
        int accepted = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue()[0] > 1) {
                duplicated.add(entry.getKey());
                accepted += entry.getValue()[1];
            }
        }
        return new Confirmed(duplicated, accepted);
    }

    /**
     * The spill again, with the cells as written of the rows that passed every check but share
     * their id with another row: they are reported as rejected rows. (Only when there are such
     * rows: the file is read once more, its records in step with the spill's rows.)
     */
    private static CheckedRowsSpill withCellsOfDuplicates(CheckedRowsSpill spill, SubmissionFile decoded, String path,
                                                          Dataset dataset, Set<String> duplicated) throws IOException {
        CheckedRowsSpill again = new CheckedRowsSpill(path, dataset.columns().size());
        try (spill; CheckedRowsSpill.Reader rows = spill.rows(); SubmissionRecords records = decoded.records()) {
            records.next(); // the header
            while (rows.hasNext()) {
                CheckedRowsSpill.SpilledRow row = rows.next();
                if (!records.hasNext()) {
                    throw SubmissionReadException.unreadable("changed", null);
                }
                List<String> cells = records.next().cells();
                boolean duplicate = row.passedChecks() && row.countsForDuplicates() && duplicated.contains(row.id());
                again.add(row, duplicate ? CSVFormat.RFC4180.format(cells.toArray()) : row.cells());
            }
        } catch (IOException | RuntimeException e) {
            again.close();
            throw e;
        }
        return again;
    }

    static RowChecker checker(PlannedFile file, HeaderMap header, RowTarget target) {
        return new RowChecker(header, file.key().year(), file.path(), target.knownIds());
    }

    /**
     * A kept row's problems as they are reported: its own, and DUPLICATE_ID when its id is one of
     * the file's {@code duplicateIds}.
     */
    static List<Problem> problemsOf(CheckedSubmission file, CheckedRowsSpill.SpilledRow row) {
        return RowsAsChecked.problemsOf(row, file.duplicateIds(), file.file().path(), file.file().key().dataset());
    }

    private record Confirmed(Set<String> ids, int acceptedRows) {
    }
}
