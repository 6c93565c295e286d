package com.districtbulletin.support;

import com.districtbulletin.ingest.CheckedSubmission;
import com.districtbulletin.ingest.PlannedFile;
import com.districtbulletin.ingest.SubmissionCheck;
import com.districtbulletin.ingest.SubmissionWriter;
import com.districtbulletin.storage.InputFileRecord;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the tests that drive the ingest's processor and writer by hand on one chunk, to change
 * a file or a checked row between the two: the files are recorded as the scan plans them, each is
 * checked by the step's processor, and the chunk is written in one transaction, as the step does.
 */
public abstract class IngestChunkTestBase extends IngestTestBase {

    @Autowired
    protected SubmissionStore store;
    @Autowired
    protected RowSinks sinks;
    @Autowired
    protected PlatformTransactionManager transactions;

    private List<Path> planned = List.of();
    private SubmissionCheck check;

    /** Records the files, in this order, as the scan plans them for the ingest. */
    protected void plan(Path... files) {
        planned = List.of(files);
        List<InputFileRecord> records = new ArrayList<>();
        for (int order = 0; order < files.length; order++) {
            String path = path(files[order]);
            records.add(new InputFileRecord(path, SubmissionName.parse(path).orElseThrow().year(), null, null, null,
                    null, order));
        }
        store.replaceInputFiles(records);
        check = new SubmissionCheck(new InputFolder(input), store);
    }

    /** The processor's check of a planned file. */
    protected CheckedSubmission check(Path file) throws IOException {
        String path = path(file);
        return check.process(new PlannedFile(path, SubmissionName.parse(path).orElseThrow(), null, null,
                planned.indexOf(file)));
    }

    /** Writes the checked files as one chunk, in one transaction; returns the writer's totals. */
    protected ExecutionContext writeChunk(CheckedSubmission... chunk) {
        SubmissionWriter writer = new SubmissionWriter(store, sinks, null, Set.of(), transactions);
        writer.open(new ExecutionContext());
        new TransactionTemplate(transactions).executeWithoutResult(status -> writer.write(new Chunk<>(chunk)));
        ExecutionContext totals = new ExecutionContext();
        writer.update(totals);
        return totals;
    }

    private String path(Path file) {
        return input.relativize(file).toString();
    }
}
