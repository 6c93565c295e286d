package com.districtbulletin.ingest;

import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.storage.RowSink;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.Counts;
import com.districtbulletin.storage.SubmissionStore.NewSubmission;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

/**
 * Ingests submission files whose names are in order: skips a file when its content is already in
 * force (or already rejected), rejects it whole for its encoding or header, or checks every row
 * and stores the accepted rows, the rejected rows and their problems as the new version in
 * force. Runs inside the caller's transaction; memory stays flat in the number of rows.
 *
 * <p>Consecutive files of one dataset are ingested together, so that a province's thousands of
 * small files do not each pay several round trips to the database: their versions are recorded
 * in one batch, their accepted rows stream through one COPY, their counts and the versions they
 * supersede are written in one batch each.
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

    /** Ingests {@code files} in order; returns what each came to, in the same order. */
    public List<FileOutcome> ingest(InputFolder input, List<ScannedFile> files, IngestState state,
                                   Long jobExecutionId) {
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        int from = 0;
        while (from < files.size()) {
            Dataset dataset = files.get(from).key().dataset();
            int to = from + 1;
            while (to < files.size() && files.get(to).key().dataset() == dataset) {
                to++;
            }
            outcomes.addAll(ingestGroup(input, files.subList(from, to), dataset, state, jobExecutionId));
            from = to;
        }
        return outcomes;
    }

    private List<FileOutcome> ingestGroup(InputFolder input, List<ScannedFile> files, Dataset dataset,
                                          IngestState state, Long jobExecutionId) {
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ScannedFile file = files.get(i);
            SubmissionKey key = file.key();
            DecodedFile decoded;
            try {
                decoded = DecodedFile.inspect(input.resolve(file.path()));
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
            String sha = decoded.sha256();
            Long meetingsId = dataset == Dataset.APPOINTMENTS ? state.meetingsInForce(key) : null;
            StoredSubmission current = state.inForce(key);
            if (current != null && current.sha256().equals(sha)
                    && Objects.equals(current.meetingsSubmissionId(), meetingsId)) {
                outcomes[i] = new FileOutcome(file.path(), FileOutcome.Kind.UNCHANGED, current.id(), sha, 0, 0);
            } else if (state.alreadyRejected(file.path(), sha)) {
                outcomes[i] = new FileOutcome(file.path(), FileOutcome.Kind.REJECTED,
                        store.rejectedId(file.path(), sha), sha, 0, 0);
            } else {
                reads.add(firstLook(i, file, decoded, meetingsId));
            }
        }
        if (reads.isEmpty()) {
            return List.of(outcomes);
        }
        List<Long> ids = store.insertAll(reads.stream().map(r -> new NewSubmission(r.file.key(), r.file.path(),
                r.decoded.sha256(), r.decoded.encodingName(),
                r.rejectedWhole() ? StoredSubmission.REJECTED : StoredSubmission.IN_FORCE,
                r.rejectedWhole() ? null : r.meetingsId, jobExecutionId)).toList());
        List<Read> accepted = new ArrayList<>();
        for (int r = 0; r < reads.size(); r++) {
            Read read = reads.get(r);
            read.id = ids.get(r);
            if (read.rejectedWhole()) {
                store.addProblems(read.id, read.fileProblems);
                state.addRejected(read.file.path(), read.decoded.sha256());
                outcomes[read.index] = new FileOutcome(read.file.path(), FileOutcome.Kind.REJECTED, read.id,
                        read.decoded.sha256(), 0, 0);
            } else {
                accepted.add(read);
            }
        }
        if (!accepted.isEmpty()) {
            storeRows(accepted, dataset);
            List<Counts> counts = new ArrayList<>();
            Map<SubmissionKey, Long> inForce = new LinkedHashMap<>();
            for (Read read : accepted) {
                store.addProblems(read.id, read.header.warnings());
                if (!read.duplicates.suspects().isEmpty()) {
                    rejectDuplicates(read, dataset);
                }
                counts.add(new Counts(read.id, read.accepted, read.rejected, read.header.warnings().size()));
                inForce.put(read.file.key(), read.id);
            }
            store.recordCounts(counts);
            store.supersedeAllBut(inForce);
            for (Read read : accepted) {
                state.putInForce(new StoredSubmission(read.id, read.file.key(), read.file.path(),
                        read.decoded.sha256(), StoredSubmission.IN_FORCE, read.meetingsId));
                outcomes[read.index] = new FileOutcome(read.file.path(), FileOutcome.Kind.ACCEPTED, read.id,
                        read.decoded.sha256(), read.accepted, read.rejected);
            }
        }
        return List.of(outcomes);
    }

    /** Reads as far as the first data row: enough to know whether the file is rejected whole. */
    private Read firstLook(int index, ScannedFile file, DecodedFile decoded, Long meetingsId) {
        Read read = new Read(index, file, decoded, meetingsId);
        if (decoded.charset() == null) {
            read.fileProblems = List.of(Problem.ofFile(file.path(), ProblemCode.ENCODING));
            return read;
        }
        try (CsvRecords records = new CsvRecords(decoded.open())) {
            if (!records.hasNext()) {
                read.fileProblems = List.of(Problem.ofFile(file.path(), ProblemCode.EMPTY_FILE,
                        Chinese.text("problem.EMPTY_FILE.noHeader")));
                return read;
            }
            CsvRecords.Record headerRecord = records.next();
            HeaderMap header = HeaderMap.read(file.key().dataset(), headerRecord.cells(), file.path(),
                    headerRecord.line());
            if (!header.fileProblems().isEmpty()) {
                read.fileProblems = header.fileProblems();
            } else if (!records.hasNext()) {
                read.fileProblems = List.of(Problem.ofFile(file.path(), ProblemCode.EMPTY_FILE,
                        Chinese.text("problem.EMPTY_FILE.noRows")));
            } else {
                read.header = header;
            }
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        return read;
    }

    /** Checks the rows of every file and streams the accepted ones through one sink. */
    private void storeRows(List<Read> reads, Dataset dataset) {
        Map<Long, Set<String>> meetings = Map.of();
        if (dataset == Dataset.APPOINTMENTS) {
            Set<Long> meetingsIds = new LinkedHashSet<>();
            reads.stream().map(r -> r.meetingsId).filter(Objects::nonNull).forEach(meetingsIds::add);
            meetings = meetingsIds.isEmpty() ? Map.of() : store.meetingIds(meetingsIds);
        }
        Pending pending = new Pending();
        RowSink sink = sinks.open(dataset);
        try {
            for (Read read : reads) {
                read.checker = new RowChecker(read.header, read.file.key().year(), read.file.path(),
                        read.meetingsId == null ? Map.of() : Map.of(dataset.references().get(0),
                                meetings.getOrDefault(read.meetingsId, Set.of())));
                try (CsvRecords records = new CsvRecords(read.decoded.open())) {
                    records.next(); // the header, read by firstLook
                    while (records.hasNext()) {
                        CsvRecords.Record record = records.next();
                        RowChecker.Row row = read.checker.check(record.cells(), record.line());
                        if (row.countsForDuplicates()) {
                            read.duplicates.add(row.id());
                        }
                        if (row.accepted()) {
                            sink.add(read.id, row.line(), row.values());
                            if (++read.accepted == PAUSE_AFTER_ROWS) {
                                PausePoint.reach("ingest");
                            }
                        } else {
                            pending.add(read.id, row.problems(), new RejectedRow(row.line(),
                                    asCsvLine(record.cells())));
                            read.rejected++;
                            if (pending.rows >= FLUSH_EVERY) {
                                // COPY holds the connection: finish it, write the problems, start again
                                sink.close();
                                pending.flush();
                                sink = sinks.open(dataset);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw cannotRead(read.file, e);
                }
            }
        } finally {
            sink.close();
        }
        pending.flush();
    }

    /**
     * Second pass, only when some id may repeat: every row whose id really repeats is rejected
     * with DUPLICATE_ID, and the ones stored as accepted are taken back out.
     */
    private void rejectDuplicates(Read read, Dataset dataset) {
        Set<String> suspects = read.duplicates.suspects();
        int idPosition = read.header.position(0);
        Map<String, List<CsvRecords.Record>> byId = new LinkedHashMap<>();
        try (CsvRecords records = new CsvRecords(read.decoded.open())) {
            records.next();
            while (records.hasNext()) {
                CsvRecords.Record record = records.next();
                if (record.cells().size() == read.header.width()) {
                    String rowId = CellParser.trim(record.cells().get(idPosition));
                    if (suspects.contains(rowId)) {
                        byId.computeIfAbsent(rowId, k -> new ArrayList<>()).add(record);
                    }
                }
            }
        } catch (IOException e) {
            throw cannotRead(read.file, e);
        }
        List<Problem> problems = new ArrayList<>();
        List<RejectedRow> newlyRejected = new ArrayList<>();
        List<Integer> takenBack = new ArrayList<>();
        for (var entry : byId.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            for (CsvRecords.Record record : entry.getValue()) {
                RowChecker.Row row = read.checker.check(record.cells(), record.line());
                problems.add(Problem.of(read.checker.file(), record.line(), dataset.idColumn().name(),
                        entry.getKey(), ProblemCode.DUPLICATE_ID, dataset.idColumn().displayName(), entry.getKey()));
                if (row.accepted()) {
                    takenBack.add(record.line());
                    newlyRejected.add(new RejectedRow(record.line(), asCsvLine(record.cells())));
                }
            }
        }
        store.removeAcceptedRows(dataset, read.id, takenBack);
        store.addProblems(read.id, problems);
        store.addRejectedRows(read.id, newlyRejected);
        read.accepted -= takenBack.size();
        read.rejected += takenBack.size();
    }

    private static UncheckedIOException cannotRead(ScannedFile file, IOException e) {
        return new UncheckedIOException("Cannot read " + file.path(), e);
    }

    private static String asCsvLine(List<String> cells) {
        return CSVFormat.RFC4180.format(cells.toArray());
    }

    /** One file to store, as far as it has been read. */
    private static final class Read {
        final int index;
        final ScannedFile file;
        final DecodedFile decoded;
        final Long meetingsId;
        /** Why the whole file is rejected; null when its rows are read. */
        List<Problem> fileProblems;
        HeaderMap header;
        RowChecker checker;
        long id;
        int accepted;
        int rejected;
        final DuplicateIds duplicates = new DuplicateIds();

        Read(int index, ScannedFile file, DecodedFile decoded, Long meetingsId) {
            this.index = index;
            this.file = file;
            this.decoded = decoded;
            this.meetingsId = meetingsId;
        }

        boolean rejectedWhole() {
            return fileProblems != null;
        }
    }

    /** Problems and rejected rows not yet written, by version. */
    private final class Pending {
        final Map<Long, List<Problem>> problems = new LinkedHashMap<>();
        final Map<Long, List<RejectedRow>> rejected = new LinkedHashMap<>();
        int rows;

        void add(long id, List<Problem> rowProblems, RejectedRow row) {
            problems.computeIfAbsent(id, k -> new ArrayList<>()).addAll(rowProblems);
            rejected.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            rows++;
        }

        void flush() {
            problems.forEach(store::addProblems);
            rejected.forEach(store::addRejectedRows);
            problems.clear();
            rejected.clear();
            rows = 0;
        }
    }
}
