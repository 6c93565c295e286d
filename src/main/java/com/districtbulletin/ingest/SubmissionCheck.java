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
import java.util.concurrent.Callable;
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
 * version in force is filtered out as unchanged. A large text file is only begun here (its
 * header read, its inspection started): the writer checks its rows as it stores them.
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

    /**
     * Text files from this size on are checked while their rows are stored (the million-row file:
     * 105 MB); smaller ones are checked whole first, their rows kept in memory for the writer.
     */
    static final long STREAM_FROM_BYTES = CheckedRowsSpill.IN_MEMORY_BYTES;
    /** The size in use: always {@link #STREAM_FROM_BYTES}, but changed by tests to take one way or the other. */
    static volatile long streamFromBytes = STREAM_FROM_BYTES;

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
        RowTarget target = target(file.key());
        Path path = input.resolve(file.path());
        if (streams(file, path)) {
            CheckedSubmission streamed = checkWhileStored(file, path, target);
            if (streamed != null) {
                return streamed;
            }
        }
        return readable(file, () -> check(file, target, SubmissionFile.inspect(path)));
    }

    /** The check's outcome, or the file's UNREADABLE_FILE when it cannot be read. */
    private static CheckedSubmission readable(PlannedFile file, Callable<CheckedSubmission> check) throws IOException {
        try {
            return check.call();
        } catch (SubmissionReadException e) {
            // the clerk's sentence says it in Chinese; the log keeps what the system said
            log.warn("{} cannot be read: {}", file.path(), e.getCause() == null ? e.detail() : KnownCauses.original(e));
            return CheckedSubmission.unreadable(file, UnreadableFile.problem(file.path(), e));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the file's rows are checked as the writer stores them: a text file of
     * {@link #streamFromBytes} or more, which is not compared with the version in force (nor
     * named by rows of other files, whose ids must be known when the next file is checked).
     */
    private boolean streams(PlannedFile file, Path path) {
        if (SubmissionFile.isWorkbook(path.toString()) || file.sameContentInForce() != null
                || References.isNamed(file.key().dataset())) {
            return false;
        }
        try {
            return Files.size(path) >= streamFromBytes;
        } catch (IOException e) {
            return false; // one that cannot be sized is left to the inspection
        }
    }

    /**
     * A large text file, its header read as UTF-8 while another thread fingerprints the file and
     * finds its encoding: the writer checks its rows as it stores them. Null when the header
     * already decides the file's fate, or the guess of UTF-8 fails: the file is checked whole.
     */
    private CheckedSubmission checkWhileStored(PlannedFile file, Path path, RowTarget target) {
        DecodedFile assumed;
        FileCheck.Header header;
        try {
            assumed = DecodedFile.assumingUtf8(path);
            header = FileCheck.header(file, assumed, target);
        } catch (SubmissionReadException | IOException e) {
            return null;
        }
        if (header.rejected() != null) {
            return null;
        }
        Future<SubmissionFile> inspection = inspector().submit(() -> SubmissionFile.inspect(path));
        StoredSubmission current = inForce().get(file.key());
        return CheckedSubmission.checkedWhileStored(file, header.map(), target, new StreamedFile(assumed, inspection,
                current == null ? null : current.sha256(),
                () -> readable(file, () -> check(file, target, StreamedFile.inspected(inspection)))));
    }

    private CheckedSubmission check(PlannedFile file, RowTarget target, SubmissionFile decoded) throws IOException {
        SubmissionKey key = file.key();
        StoredSubmission current = inForce().get(key);
        if (current != null && current.sha256().equals(decoded.sha256()) && !target.newInThisStep()
                && Objects.equals(current.meetingsSubmissionId(), target.versionId())) {
            unchanged++;
            return null;
        }
        CheckedSubmission checked = FileCheck.check(file, decoded, target);
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
