package com.districtbulletin.ingest;

import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.storage.InputFileRecord;
import com.districtbulletin.storage.RowSink;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.NewSubmission;
import com.districtbulletin.storage.SubmissionStore.RejectedRow;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest step's writer: stores a chunk of checked files in the chunk's transaction — each
 * file's version (in force, or rejected whole), its accepted rows streamed through one sink per
 * dataset (COPY on PostgreSQL), its rejected rows and problems — and marks the files stored in
 * the input folder's snapshot. Consecutive files of a dataset are stored together, so that a
 * province's thousands of small files do not each pay several round trips.
 *
 * <p>A file the database refuses to store does not fail the step: each group is stored inside a
 * savepoint, and when it fails, its files are stored again one by one, each inside its own; the
 * one that still fails is rolled back and reported as {@code UNREADABLE_FILE} (no version, read
 * again next run), the others stored as usual.
 *
 * <p>A large text file's rows are checked here, as they are streamed to the sink, in a savepoint of
 * the file's own; its fate is known once they are read (see {@link #storeWhileChecking}).
 *
 * <p>Its totals (files and rows accepted and rejected) are kept in the step's execution context,
 * committed with each chunk, so they stay right across a restart.
 */
public class SubmissionWriter implements ItemStreamWriter<CheckedSubmission> {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

    static final String FILES_ACCEPTED = "files.accepted";
    static final String FILES_REJECTED = "files.rejected";
    static final String ROWS_ACCEPTED = "rows.accepted";
    static final String ROWS_REJECTED = "rows.rejected";
    static final String FILES_UNREADABLE = "files.unreadable";

    /** Problems and rejected rows are written in batches of this size while the rows stream. */
    private static final int FLUSH_EVERY = 5000;
    private static final int PAUSE_AFTER_ROWS = 20_000;

    private final SubmissionStore store;
    private final RowSinks sinks;
    private final Long jobExecutionId;
    /** Years whose final edition is published: their new versions wait as pending revision. */
    private final Set<Integer> closedYears;
    /** Versions made current (in force, or pending revision) by this step, by key: what files read later in the step name. */
    private final Map<SubmissionKey, Long> storedInThisStep = new HashMap<>();
    private final Map<String, Long> totals = new LinkedHashMap<>();
    /** The sink opened last while a group is written: the one to abandon if writing fails. */
    private RowSink lastOpened;
    /** Runs its work inside a savepoint of the chunk's transaction (a transaction of its own outside one). */
    private final TransactionTemplate savepoint;

    public SubmissionWriter(SubmissionStore store, RowSinks sinks, Long jobExecutionId, Set<Integer> closedYears,
                            PlatformTransactionManager transactions) {
        this.store = store;
        this.sinks = sinks;
        this.jobExecutionId = jobExecutionId;
        this.closedYears = Set.copyOf(closedYears);
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void open(ExecutionContext context) {
        for (String key : List.of(FILES_ACCEPTED, FILES_REJECTED, FILES_UNREADABLE, ROWS_ACCEPTED, ROWS_REJECTED)) {
            totals.put(key, context.getLong(key, 0L));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        totals.forEach(context::putLong);
    }

    @Override
    public void write(Chunk<? extends CheckedSubmission> chunk) {
        List<? extends CheckedSubmission> files = chunk.getItems();
        try {
            int from = 0;
            while (from < files.size()) {
                Dataset dataset = files.get(from).file().key().dataset();
                if (files.get(from).checkedWhileStored()) {
                    storeWhileChecking(files.get(from++), dataset);
                    continue;
                }
                int to = from + 1;
                while (to < files.size() && files.get(to).file().key().dataset() == dataset
                        && !files.get(to).checkedWhileStored()) {
                    to++;
                }
                store(files.subList(from, to), dataset);
                from = to;
            }
        } finally {
            files.stream().map(CheckedSubmission::rows).filter(Objects::nonNull).forEach(CheckedRowsSpill::close);
        }
        log.info("Ingest progress: files accepted {}, rejected {}, unreadable {}; rows accepted {}, rejected {}",
                totals.get(FILES_ACCEPTED), totals.get(FILES_REJECTED), totals.get(FILES_UNREADABLE),
                totals.get(ROWS_ACCEPTED), totals.get(ROWS_REJECTED));
    }

    /** Stores the group together; if that fails, each of its files alone, a file that still fails as not stored. */
    private void store(List<? extends CheckedSubmission> files, Dataset dataset) {
        if (files.size() > 1 && inSavepoint(status -> writeGroup(files, dataset)) == null) {
            return;
        }
        for (CheckedSubmission file : files) {
            RuntimeException failure = inSavepoint(status -> writeGroup(List.of(file), dataset));
            if (failure != null) {
                notStored(file, dataset, failure);
            }
        }
    }

    private void notStored(CheckedSubmission file, Dataset dataset, RuntimeException failure) {
        log.warn("The database refused to store {} ({}); it is reported as not stored and read again next run",
                file.file().path(), cause(failure));
        writeGroup(List.of(CheckedSubmission.unreadable(file.file(), new Problem(file.file().path(), null, null,
                null, ProblemCode.UNREADABLE_FILE, Chinese.text("problem.UNREADABLE_FILE.notStored")))), dataset);
    }

    /**
     * Stores a large file in one pass: its rows are checked as they are streamed to the sink, in a
     * savepoint of their own, and the file's fate is known once they are read. When it is not the
     * common one, the savepoint is rolled back and the file read again: with the ids known to be on
     * more than one row when some may be (they are confirmed in a pass that stores nothing), or
     * checked whole, as any other file, when the rows read do not stand for the file (its guess of
     * UTF-8 was wrong, it passes a limit or changed, or it has the content of the version in force).
     */
    private void storeWhileChecking(CheckedSubmission file, Dataset dataset) {
        Set<String> duplicates = null;
        while (true) {
            Set<String> known = duplicates;
            Pass[] pass = new Pass[1];
            RuntimeException failure = inSavepoint(status -> {
                pass[0] = writeWhileChecking(file, dataset, known);
                if (!pass[0].stored()) {
                    status.setRollbackOnly();
                }
            });
            if (failure != null) {
                notStored(file, dataset, failure);
                return;
            }
            if (pass[0].stored()) {
                return;
            }
            if (pass[0].suspects() != null) {
                try {
                    duplicates = RowsAsChecked.confirmDuplicates(file.file(), file.streamed().assumed(), file.header(),
                            file.target(), pass[0].suspects());
                    continue;
                } catch (IOException | RuntimeException e) {
                    // read whole below, as for any other file that cannot be read as it was
                }
            }
            CheckedSubmission whole = file.streamed().checkWhole();
            if (whole != null) {
                try {
                    store(List.of(whole), dataset);
                } finally {
                    if (whole.rows() != null) {
                        whole.rows().close();
                    }
                }
            }
            return;
        }
    }

    /**
     * How a pass of {@link #writeWhileChecking} ended: the file stored, or to be read again — with
     * the {@code suspects} confirmed (ids found on more than one row, or maybe so), or whole.
     */
    private record Pass(boolean stored, Set<String> suspects) {
        static final Pass STORED = new Pass(true, null);
        static final Pass READ_WHOLE = new Pass(false, null);
    }

    /**
     * One pass of {@link #storeWhileChecking}: the version inserted, the rows checked and streamed,
     * and, when they stand for the file and no id may be on two rows (or {@code duplicates} are
     * known), the version completed and the file stored.
     */
    private Pass writeWhileChecking(CheckedSubmission file, Dataset dataset, Set<String> duplicates) {
        StreamedFile streamed = file.streamed();
        String path = file.file().path();
        long id = store.insertAll(List.of(provisional(file))).get(0);
        Pending pending = new Pending();
        lastOpened = null;
        RowsAsChecked rows = null;
        try {
            rows = new RowsAsChecked(file.file(), streamed.assumed(), file.header(), file.target(),
                    duplicates == null ? Set.of() : duplicates);
            RowSink sink = storeRows(rows, path, duplicates == null ? Set.of() : duplicates, id, open(dataset), pending,
                    dataset);
            if (sink != null) {
                sink.close();
            }
        } catch (SubmissionReadException | IOException e) {
            abandonLastOpened();
            return Pass.READ_WHOLE;
        } catch (RuntimeException e) {
            abandonLastOpened();
            throw e;
        } finally {
            if (rows != null) {
                rows.close();
            }
        }
        if (!streamed.rowsStand()) {
            return Pass.READ_WHOLE;
        }
        if (duplicates == null && !rows.suspects().isEmpty()) {
            return new Pass(false, Set.copyOf(rows.suspects()));
        }
        pending.flush();
        SubmissionFile inspected;
        try {
            inspected = streamed.inspected();
        } catch (IOException e) {
            return Pass.READ_WHOLE;
        }
        Set<String> duplicated = duplicates == null ? Set.of() : duplicates;
        CheckedSubmission checked = rows.accepted() == 0
                ? file.afterRows(inspected, List.of(rows.noValidRows(path)), true, duplicated, Set.of(), 0, rows.rows())
                : file.afterRows(inspected, List.of(), false, duplicated, rows.rowIds(), rows.accepted(),
                        rows.rows() - rows.accepted());
        store.completeVersion(id, version(checked));
        finish(List.of(checked), List.of(checked), List.of(id));
        return Pass.STORED;
    }

    /** The version of a file whose rows are not read yet: no fingerprint (a placeholder) and no counts. */
    private NewSubmission provisional(CheckedSubmission file) {
        PlannedFile planned = file.file();
        return new NewSubmission(planned.key(), planned.path(), "0".repeat(64), file.decoded().encodingName(),
                StoredSubmission.REJECTED, 0, 0, file.warnings(), null, jobExecutionId, file.header().absentColumns());
    }

    private void abandonLastOpened() {
        if (lastOpened != null) {
            lastOpened.abandon(); // COPY holds the connection until it is ended: no rollback before
        }
    }

    /**
     * The failure's kind and SQL state, without its text: a database's message may quote the
     * value it refused, and the log is an output like any other (no cell of a file in it).
     */
    private static String cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sql.getClass().getSimpleName() + ", SQL state " + sql.getSQLState();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /**
     * Does the work inside a savepoint; on failure rolls back to it, restores the totals and
     * the versions made current, and returns the failure. A failure to roll back is thrown: the
     * transaction is then lost, and the step fails as before.
     */
    private RuntimeException inSavepoint(java.util.function.Consumer<TransactionStatus> work) {
        Map<String, Long> totalsBefore = new LinkedHashMap<>(totals);
        Map<SubmissionKey, Long> storedBefore = new HashMap<>(storedInThisStep);
        try {
            savepoint.executeWithoutResult(work);
            return null;
        } catch (org.springframework.transaction.TransactionException e) {
            throw e;
        } catch (RuntimeException e) {
            totals.clear();
            totals.putAll(totalsBefore);
            storedInThisStep.clear();
            storedInThisStep.putAll(storedBefore);
            return e;
        }
    }

    private void writeGroup(List<? extends CheckedSubmission> files, Dataset dataset) {
        List<CheckedSubmission> readable = files.stream().filter(CheckedSubmission::readable)
                .map(CheckedSubmission.class::cast).toList();
        List<Long> ids;
        Pending pending = new Pending();
        RowSink sink = null;
        lastOpened = null;
        try {
            ids = store.insertAll(readable.stream().map(this::version).toList());
            for (int i = 0; i < readable.size(); i++) {
                CheckedSubmission file = readable.get(i);
                if (!file.rejectedWhole()) {
                    sink = storeRows(file, ids.get(i), sink == null ? open(dataset) : sink, pending, dataset);
                } else if (file.rowsReported()) {
                    if (sink != null) {
                        sink.close();
                        sink = null;
                    }
                    storeRows(file, ids.get(i), null, pending, dataset);
                }
            }
            if (sink != null) {
                sink.close();
            }
        } catch (RuntimeException e) {
            abandonLastOpened();
            throw e;
        }
        pending.flush();
        finish(files, readable, ids);
    }

    /** With their rows stored: the files' own problems, row ids, versions made current, totals, and the input folder's snapshot. */
    private void finish(List<? extends CheckedSubmission> files, List<CheckedSubmission> readable, List<Long> ids) {
        Map<SubmissionKey, Long> inForce = new LinkedHashMap<>();
        Map<SubmissionKey, Long> pendingRevision = new LinkedHashMap<>();
        List<InputFileRecord> stored = new ArrayList<>(files.size());
        for (int i = 0; i < readable.size(); i++) {
            CheckedSubmission file = readable.get(i);
            long id = ids.get(i);
            store.addProblems(id, file.fileProblems());
            if (file.header() != null && file.header().fileProblems().isEmpty()) {
                store.addProblems(id, file.header().warnings());
            }
            if (!file.rejectedWhole()) {
                (closedYears.contains(file.file().key().year()) ? pendingRevision : inForce).put(file.file().key(), id);
                store.addRowIds(id, file.rowIds());
            }
            stored.add(new InputFileRecord(file.file().path(), file.file().key().year(), file.decoded().sha256(), id,
                    null, null, file.file().planOrder()));
            count(file);
        }
        for (CheckedSubmission file : files) {
            if (!file.readable()) {
                stored.add(unreadable(file, file.unreadable()));
            }
        }
        store.supersedeAllBut(inForce, StoredSubmission.IN_FORCE);
        store.supersedeAllBut(pendingRevision, StoredSubmission.PENDING);
        storedInThisStep.putAll(inForce);
        storedInThisStep.putAll(pendingRevision);
        store.markStored(stored);
    }

    private InputFileRecord unreadable(CheckedSubmission file, Problem problem) {
        totals.merge(FILES_UNREADABLE, 1L, Long::sum);
        return new InputFileRecord(file.file().path(), file.file().key().year(), file.file().sha256(), null,
                problem.code(), problem.message(), file.file().planOrder());
    }

    private NewSubmission version(CheckedSubmission file) {
        PlannedFile planned = file.file();
        RowTarget target = file.target();
        Long targetVersion = target.newInThisStep() ? storedInThisStep.get(target.key()) : target.versionId();
        boolean rejected = file.rejectedWhole();
        return new NewSubmission(planned.key(), planned.path(), file.decoded().sha256(), file.decoded().encodingName(),
                rejected ? StoredSubmission.REJECTED
                        : closedYears.contains(planned.key().year()) ? StoredSubmission.PENDING : StoredSubmission.IN_FORCE,
                file.accepted(), file.rejected(),
                file.warnings(), rejected ? null : targetVersion, jobExecutionId,
                file.header() == null ? null : file.header().absentColumns());
    }

    /**
     * Stores the rows as the check kept them: accepted rows into {@code sink}, the others with
     * their problems into {@code pending}. With no sink (a file rejected whole for its rows), every
     * row is reported. Returns the sink to go on with.
     */
    private RowSink storeRows(CheckedSubmission file, long id, RowSink sink, Pending pending, Dataset dataset) {
        try (CheckedRowsSpill.Reader rows = file.rows().rows()) {
            return storeRows(rows, file.file().path(), file.duplicateIds(), id, sink, pending, dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As above, for {@code rows} of the file at {@code path}, whose ids on more than one row are {@code duplicates}. */
    private RowSink storeRows(KeptRows rows, String path, Set<String> duplicates, long id, RowSink sink,
                              Pending pending, Dataset dataset) throws IOException {
        int accepted = 0;
        while (rows.hasNext()) {
            CheckedRowsSpill.SpilledRow row = rows.next();
            List<Problem> problems = RowsAsChecked.problemsOf(row, duplicates, path, dataset);
            if (problems.isEmpty() && sink != null) {
                sink.add(id, row.line(), row.values());
                if (++accepted == PAUSE_AFTER_ROWS) {
                    PausePoint.reach("ingest");
                }
            } else {
                pending.add(id, problems, new RejectedRow(row.line(), row.cells()));
                if (pending.rows >= FLUSH_EVERY && sink != null) {
                    // COPY holds the connection: finish it, write the problems, start again
                    sink.close();
                    pending.flush();
                    sink = open(dataset);
                }
            }
        }
        if (sink == null) {
            pending.flush();
        }
        return sink;
    }

    private RowSink open(Dataset dataset) {
        lastOpened = sinks.open(dataset);
        return lastOpened;
    }

    private void count(CheckedSubmission file) {
        totals.merge(file.rejectedWhole() ? FILES_REJECTED : FILES_ACCEPTED, 1L, Long::sum);
        totals.merge(ROWS_ACCEPTED, (long) file.accepted(), Long::sum);
        totals.merge(ROWS_REJECTED, (long) file.rejected(), Long::sum);
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
