package com.districtbulletin.ingest;

import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.storage.RowSink;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.RejectedRow;
import com.districtbulletin.submission.CsvRecords;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.CellParser;
import com.districtbulletin.validation.DuplicateIds;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

/**
 * Ingests one submission file whose name is in order: skips it when its content is already in
 * force (or already rejected), rejects it whole for its encoding or header, or checks every row
 * and stores the accepted rows, the rejected rows and their problems as the new version in
 * force. Runs inside the caller's transaction; memory stays flat in the number of rows.
 */
@Component
public class SubmissionIngester {

    /** Problems and rejected rows are written in batches of this size while the rows stream. */
    private static final int FLUSH_EVERY = 5000;
    private static final int PAUSE_AFTER_ROWS = 20_000;

    private final SubmissionStore store;
    private final RowSinks sinks;

    public SubmissionIngester(SubmissionStore store, RowSinks sinks) {
        this.store = store;
        this.sinks = sinks;
    }

    public FileOutcome ingest(InputFolder input, ScannedFile file, IngestState state, Long jobExecutionId) {
        try {
            return read(input, file, state, jobExecutionId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path(), e);
        }
    }

    private FileOutcome read(InputFolder input, ScannedFile file, IngestState state, Long jobExecutionId)
            throws IOException {
        SubmissionKey key = file.key();
        DecodedFile decoded = DecodedFile.inspect(input.resolve(file.path()));
        String sha = decoded.sha256();
        Long meetingsId = key.dataset() == Dataset.APPOINTMENTS ? state.meetingsInForce(key) : null;
        StoredSubmission current = state.inForce(key);
        if (current != null && current.sha256().equals(sha)
                && Objects.equals(current.meetingsSubmissionId(), meetingsId)) {
            return new FileOutcome(file.path(), FileOutcome.Kind.UNCHANGED, current.id(), sha, 0, 0);
        }
        if (state.alreadyRejected(file.path(), sha)) {
            return new FileOutcome(file.path(), FileOutcome.Kind.REJECTED, store.rejectedId(file.path(), sha), sha,
                    0, 0);
        }
        if (decoded.charset() == null) {
            return rejectWhole(file, decoded, jobExecutionId, state,
                    List.of(Problem.ofFile(file.path(), ProblemCode.ENCODING)));
        }
        try (CsvRecords records = new CsvRecords(decoded.open())) {
            if (!records.hasNext()) {
                return rejectWhole(file, decoded, jobExecutionId, state, List.of(Problem.ofFile(file.path(),
                        ProblemCode.EMPTY_FILE, Chinese.text("problem.EMPTY_FILE.noHeader"))));
            }
            CsvRecords.Record headerRecord = records.next();
            HeaderMap header = HeaderMap.read(key.dataset(), headerRecord.cells(), file.path(), headerRecord.line());
            if (!header.fileProblems().isEmpty()) {
                return rejectWhole(file, decoded, jobExecutionId, state, header.fileProblems());
            }
            if (!records.hasNext()) {
                return rejectWhole(file, decoded, jobExecutionId, state, List.of(Problem.ofFile(file.path(),
                        ProblemCode.EMPTY_FILE, Chinese.text("problem.EMPTY_FILE.noRows"))));
            }
            long id = store.insert(key, file.path(), sha, decoded.encodingName(), StoredSubmission.IN_FORCE,
                    meetingsId, jobExecutionId);
            Set<String> knownMeetings = meetingsId == null ? null : store.meetingIds(meetingsId);
            RowChecker checker = new RowChecker(header, key.year(), file.path(), knownMeetings);
            Counts counts = storeRows(records, checker, key.dataset(), id);
            store.addProblems(id, header.warnings());
            if (!counts.duplicates.suspects().isEmpty()) {
                rejectDuplicates(decoded, header, checker, key.dataset(), id, counts);
            }
            store.recordCounts(id, counts.accepted, counts.rejected, header.warnings().size());
            store.supersedeAllBut(key, id);
            state.putInForce(new StoredSubmission(id, key, file.path(), sha, StoredSubmission.IN_FORCE, meetingsId));
            return new FileOutcome(file.path(), FileOutcome.Kind.ACCEPTED, id, sha, counts.accepted, counts.rejected);
        }
    }

    private Counts storeRows(CsvRecords records, RowChecker checker, Dataset dataset, long id) {
        Counts counts = new Counts();
        List<Problem> problems = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        RowSink sink = sinks.open(dataset);
        try {
            while (records.hasNext()) {
                CsvRecords.Record record = records.next();
                RowChecker.Row row = checker.check(record.cells(), record.line());
                if (row.countsForDuplicates()) {
                    counts.duplicates.add(row.id());
                }
                if (row.accepted()) {
                    sink.add(id, row.line(), row.values());
                    if (++counts.accepted == PAUSE_AFTER_ROWS) {
                        PausePoint.reach("ingest");
                    }
                } else {
                    problems.addAll(row.problems());
                    rejected.add(new RejectedRow(row.line(), asCsvLine(record.cells())));
                    counts.rejected++;
                    if (rejected.size() >= FLUSH_EVERY) {
                        // COPY holds the connection: finish it, write the problems, start again
                        sink.close();
                        flush(id, problems, rejected);
                        sink = sinks.open(dataset);
                    }
                }
            }
        } finally {
            sink.close();
        }
        flush(id, problems, rejected);
        return counts;
    }

    /**
     * Second pass, only when some id may repeat: every row whose id really repeats is rejected
     * with DUPLICATE_ID, and the ones stored as accepted are taken back out.
     */
    private void rejectDuplicates(DecodedFile decoded, HeaderMap header, RowChecker checker, Dataset dataset,
                                  long id, Counts counts) throws IOException {
        Set<String> suspects = counts.duplicates.suspects();
        int idPosition = header.position(0);
        Map<String, List<CsvRecords.Record>> byId = new LinkedHashMap<>();
        try (CsvRecords records = new CsvRecords(decoded.open())) {
            records.next();
            while (records.hasNext()) {
                CsvRecords.Record record = records.next();
                if (record.cells().size() == header.width()) {
                    String rowId = CellParser.trim(record.cells().get(idPosition));
                    if (suspects.contains(rowId)) {
                        byId.computeIfAbsent(rowId, k -> new ArrayList<>()).add(record);
                    }
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<RejectedRow> newlyRejected = new ArrayList<>();
        List<Integer> takenBack = new ArrayList<>();
        for (var entry : byId.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            for (CsvRecords.Record record : entry.getValue()) {
                RowChecker.Row row = checker.check(record.cells(), record.line());
                problems.add(Problem.of(checker.file(), record.line(), dataset.idColumn().name(), entry.getKey(),
                        ProblemCode.DUPLICATE_ID, dataset.idColumn().displayName(), entry.getKey()));
                if (row.accepted()) {
                    takenBack.add(record.line());
                    newlyRejected.add(new RejectedRow(record.line(), asCsvLine(record.cells())));
                }
            }
        }
        store.removeAcceptedRows(dataset, id, takenBack);
        flush(id, problems, newlyRejected);
        counts.accepted -= takenBack.size();
        counts.rejected += takenBack.size();
    }

    private FileOutcome rejectWhole(ScannedFile file, DecodedFile decoded, Long jobExecutionId, IngestState state,
                                    List<Problem> problems) {
        long id = store.insert(file.key(), file.path(), decoded.sha256(), decoded.encodingName(),
                StoredSubmission.REJECTED, null, jobExecutionId);
        store.addProblems(id, problems);
        state.addRejected(file.path(), decoded.sha256());
        return new FileOutcome(file.path(), FileOutcome.Kind.REJECTED, id, decoded.sha256(), 0, 0);
    }

    private void flush(long id, List<Problem> problems, List<RejectedRow> rejected) {
        store.addProblems(id, problems);
        store.addRejectedRows(id, rejected);
        problems.clear();
        rejected.clear();
    }

    private static String asCsvLine(List<String> cells) {
        return CSVFormat.RFC4180.format(cells.toArray());
    }

    private static final class Counts {
        int accepted;
        int rejected;
        final DuplicateIds duplicates = new DuplicateIds();
    }
}
