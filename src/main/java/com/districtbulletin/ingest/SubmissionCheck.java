package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.dataset.Reference;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.submission.SubmissionRecords;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.DuplicateIds;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * The ingest step's processor: reads a planned file and decides its fate before anything is
 * stored (data contract sections 2, 3, 5 and 6) — rejected whole for its encoding, header or
 * emptiness, or because none of its rows is valid; otherwise accepted, with the ids found on
 * more than one row already known. A file whose content and whose named rows are those of the
 * version in force is filtered out as unchanged.
 *
 * <p>Memory stays flat in the number of rows: rows are counted, not kept, and the ids are kept
 * as hashes ({@link DuplicateIds}) except those of a dataset whose rows others may name.
 */
public class SubmissionCheck implements ItemProcessor<PlannedFile, CheckedSubmission>, ItemStream {

    /** Files found unchanged after all, counted across restarts (the step's filter count is per execution). */
    static final String FILES_UNCHANGED = "files.unchanged";

    private final InputFolder input;
    private final SubmissionStore store;
    private Map<SubmissionKey, StoredSubmission> inForceAtStart;
    /** Row ids of the files accepted earlier in this step that rows of other files may name. */
    private final Map<SubmissionKey, Set<String>> namedRowsOfThisStep = new HashMap<>();

    private long unchanged;
    private ExecutorService inspector;

    /** Text files from this size on are checked while they are inspected (the million-row file: 105 MB). */
    static final long CHECK_WHILE_INSPECTING_BYTES = 8L << 20;

    public SubmissionCheck(InputFolder input, SubmissionStore store) {
        this.input = input;
        this.store = store;
    }

    @Override
    public void open(ExecutionContext context) {
        unchanged = context.getLong(FILES_UNCHANGED, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(FILES_UNCHANGED, unchanged);
    }

    @Override
    public CheckedSubmission process(PlannedFile file) throws IOException {
        try {
            return check(file);
        } catch (SubmissionReadException e) {
            return CheckedSubmission.unreadable(file, UnreadableFile.problem(file.path(), e));
        }
    }

    private CheckedSubmission check(PlannedFile file) throws IOException {
        SubmissionKey key = file.key();
        RowTarget target = target(key);
        Path path = input.resolve(file.path());
        CheckedSubmission early = null;
        SubmissionFile decoded;
        if (Files.size(path) >= CHECK_WHILE_INSPECTING_BYTES && !SubmissionFile.isWorkbook(path.toString())) {
            Future<SubmissionFile> inspection = inspector().submit(() -> SubmissionFile.inspect(path));
            early = checkAssumingUtf8(file, path, target);
            decoded = inspected(inspection);
        } else {
            decoded = SubmissionFile.inspect(path);
        }
        StoredSubmission current = inForce().get(key);
        if (current != null && current.sha256().equals(decoded.sha256()) && !target.newInThisStep()
                && Objects.equals(current.meetingsSubmissionId(), target.versionId())) {
            close(early);
            unchanged++;
            return null;
        }
        CheckedSubmission checked;
        if (early != null && DecodedFile.sameReading(early.decoded(), decoded)) {
            checked = early.readAs(decoded);
        } else {
            close(early);
            checked = checkContent(file, decoded, target);
        }
        if (References.isNamed(key.dataset()) && checked.readable() && !checked.rejectedWhole()) {
            namedRowsOfThisStep.put(key, checked.rowIds());
        }
        return checked;
    }

    /**
     * A large text file is checked as UTF-8 while another thread fingerprints it and finds its
     * encoding: the check is kept when the inspection agrees (as it does for nearly every file), so
     * the inspection costs no time; otherwise, or when the guess fails, null.
     */
    private CheckedSubmission checkAssumingUtf8(PlannedFile file, Path path, RowTarget target) {
        try {
            return checkContent(file, DecodedFile.assumingUtf8(path), target);
        } catch (SubmissionReadException | IOException e) {
            return null;
        }
    }

    private static SubmissionFile inspected(Future<SubmissionFile> inspection) throws IOException {
        try {
            return inspection.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SubmissionReadException read) {
                throw read;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void close(CheckedSubmission checked) {
        if (checked != null && checked.rows() != null) {
            checked.rows().close();
        }
    }

    private synchronized ExecutorService inspector() {
        if (inspector == null) {
            inspector = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "ingest-inspection");
                thread.setDaemon(true);
                return thread;
            });
        }
        return inspector;
    }

    @Override
    public synchronized void close() {
        if (inspector != null) {
            inspector.shutdownNow();
            inspector = null;
        }
    }

    /** The file's fate from its content (sections 2, 3, 5 and 6), once its encoding is known. */
    private CheckedSubmission checkContent(PlannedFile file, SubmissionFile decoded, RowTarget target)
            throws IOException {
        SubmissionKey key = file.key();
        if (decoded instanceof DecodedFile text && text.overLimit() != null) {
            return CheckedSubmission.rejectedWhole(file, decoded, target,
                    List.of(Problem.ofFile(file.path(), ProblemCode.TOO_LARGE, text.overLimit())));
        }
        var unreadable = decoded.unreadable();
        if (unreadable.isPresent()) {
            return CheckedSubmission.rejectedWhole(file, decoded, target, List.of(
                    unreadable.get().kind() == SubmissionFile.Unreadable.Kind.ENCODING
                            ? Problem.ofFile(file.path(), ProblemCode.ENCODING)
                            : Problem.ofFile(file.path(), ProblemCode.UNREADABLE_FILE, unreadable.get().reason())));
        }
        HeaderMap header;
        try (SubmissionRecords records = decoded.records()) {
            if (!records.hasNext()) {
                return CheckedSubmission.rejectedWhole(file, decoded, target, List.of(Problem.ofFile(file.path(),
                        ProblemCode.EMPTY_FILE, Chinese.text("problem.EMPTY_FILE.noHeader"))));
            }
            SubmissionRecords.Record headerRecord = records.next();
            header = HeaderMap.read(key.dataset(), headerRecord.cells(), file.path(), headerRecord.line());
            if (!header.fileProblems().isEmpty()) {
                return CheckedSubmission.rejectedWhole(file, decoded, target, header.fileProblems());
            }
            if (!records.hasNext()) {
                return CheckedSubmission.rejectedWhole(file, decoded, target, List.of(Problem.ofFile(file.path(),
                        ProblemCode.EMPTY_FILE, Chinese.text("problem.EMPTY_FILE.noRows"))));
            }
        }
        return checkRows(file, decoded, header, target);
    }

    private CheckedSubmission checkRows(PlannedFile file, SubmissionFile decoded, HeaderMap header, RowTarget target)
            throws IOException {
        Dataset dataset = file.key().dataset();
        boolean named = References.isNamed(dataset);
        Set<String> rowIds = named ? new HashSet<>() : Set.of();
        DuplicateIds ids = new DuplicateIds();
        int rows = 0;
        int accepted = 0;
        CheckedRowsSpill spill = new CheckedRowsSpill(file.path(), dataset.columns().size());
        try (CheckedRows checked = new CheckedRows(decoded, checker(file, header, target))) {
            while (checked.hasNext()) {
                CheckedRows.Checked next = checked.next();
                RowChecker.Row row = next.row();
                spill.add(row, next.cells());
                rows++;
                if (row.countsForDuplicates()) {
                    ids.add(row.id());
                    if (named && !row.id().isEmpty()) {
                        rowIds.add(row.id());
                    }
                }
                if (row.accepted()) {
                    accepted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            spill.close();
            throw e;
        }
        Set<String> duplicated = Set.of();
        if (!ids.suspects().isEmpty()) {
            Confirmed confirmed = confirmDuplicates(spill, ids.suspects());
            duplicated = confirmed.ids();
            accepted -= confirmed.acceptedRows();
            if (confirmed.acceptedRows() > 0) {
                spill = withCellsOfDuplicates(spill, decoded, file.path(), dataset, duplicated);
            }
        }
        if (accepted == 0) {
            Problem noValidRows = Problem.ofFile(file.path(), ProblemCode.NO_VALID_ROWS, rows);
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

    /** The rows the file's rows may name, as its dataset's reference declares. */
    private RowTarget target(SubmissionKey key) {
        Reference reference = References.of(key.dataset());
        if (reference == null) {
            return RowTarget.NONE;
        }
        SubmissionKey targetKey = References.targetKey(key, reference);
        Set<String> readInThisStep = namedRowsOfThisStep.get(targetKey);
        if (readInThisStep != null) {
            return new RowTarget(reference, targetKey, null, readInThisStep);
        }
        StoredSubmission inForce = inForce().get(targetKey);
        return inForce == null ? RowTarget.NONE : new RowTarget(reference, targetKey, inForce.id(),
                store.rowIds(reference.targetDataset(), inForce.id()));
    }

    /** The versions in force when the step started; with the files accepted since, what is in force now. */
    private Map<SubmissionKey, StoredSubmission> inForce() {
        if (inForceAtStart == null) {
            inForceAtStart = store.inForce();
        }
        return inForceAtStart;
    }

    private record Confirmed(Set<String> ids, int acceptedRows) {
    }
}
