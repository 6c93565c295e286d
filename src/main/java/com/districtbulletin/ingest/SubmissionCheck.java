package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Reference;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.text.KnownCauses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
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
 * <p>The file's own checks are {@link FileCheck}'s, shared with {@code --validate}; this class
 * adds what needs the database: the version in force, and the rows the file's rows may name.
 */
public class SubmissionCheck implements ItemProcessor<PlannedFile, CheckedSubmission>, ItemStream {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SubmissionCheck.class);

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
    /** The size in use: always {@link #CHECK_WHILE_INSPECTING_BYTES}, but lowered by a test so that its files stay small. */
    static volatile long checkWhileInspectingBytes = CHECK_WHILE_INSPECTING_BYTES;

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
            // the clerk's sentence says it in Chinese; the log keeps what the system said
            log.warn("{} cannot be read: {}", file.path(), e.getCause() == null ? e.detail() : KnownCauses.original(e));
            return CheckedSubmission.unreadable(file, UnreadableFile.problem(file.path(), e));
        }
    }

    private CheckedSubmission check(PlannedFile file) throws IOException {
        SubmissionKey key = file.key();
        RowTarget target = target(key);
        Path path = input.resolve(file.path());
        CheckedSubmission early = null;
        SubmissionFile decoded;
        if (large(path) && !SubmissionFile.isWorkbook(path.toString())) {
            Future<SubmissionFile> inspection = inspector().submit(() -> SubmissionFile.inspect(path));
            early = checkAssumingUtf8(file, path, target);
            try {
                decoded = inspected(inspection);
            } catch (IOException | RuntimeException e) {
                close(early);
                throw e;
            }
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
            checked = FileCheck.check(file, decoded, target);
        }
        if (current != null && current.sha256().equals(decoded.sha256()) && sameOutcome(checked, current)) {
            close(checked);
            unchanged++;
            return null;
        }
        if (!checked.rejectedWhole() && References.isNamed(key.dataset())) {
            namedRowsOfThisStep.put(key, checked.rowIds());
        }
        return checked;
    }

    /**
     * Whether the check of a file whose content is the current version's came out as that version's
     * did. With the same content only the reference rule can judge a row otherwise, so the same rows
     * rejected for it mean the same rows stored, the same problems and the same figures: the file
     * did not change, and it is no new version (nor, in a closed year, pending revision) merely
     * because the submission its rows name was corrected.
     */
    private boolean sameOutcome(CheckedSubmission checked, StoredSubmission current) throws IOException {
        Reference reference = References.of(current.key().dataset());
        if (checked.rejectedWhole() || reference == null || checked.rows() == null) {
            return false;
        }
        Set<Integer> lines = new java.util.HashSet<>();
        try (CheckedRowsSpill.Reader rows = checked.rows().rows()) {
            while (rows.hasNext()) {
                CheckedRowsSpill.SpilledRow row = rows.next();
                if (row.problems().stream().anyMatch(p -> p.code().name().equals(reference.code()))) {
                    lines.add(row.line());
                }
            }
        }
        return lines.equals(store.problemLines(current.id(), reference.code()));
    }

    /** Whether the file is large enough to be checked while it is inspected; one that cannot be sized is left to the inspection. */
    private static boolean large(Path path) {
        try {
            return Files.size(path) >= checkWhileInspectingBytes;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A large text file is checked as UTF-8 while another thread fingerprints it and finds its
     * encoding: the check is kept when the inspection agrees (as it does for nearly every file), so
     * the inspection costs no time; otherwise, or when the guess fails, null.
     */
    private static CheckedSubmission checkAssumingUtf8(PlannedFile file, Path path, RowTarget target) {
        try {
            return FileCheck.check(file, DecodedFile.assumingUtf8(path), target);
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
            inForceAtStart = store.currentVersions();
        }
        return inForceAtStart;
    }
}
