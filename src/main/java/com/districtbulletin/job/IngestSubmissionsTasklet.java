package com.districtbulletin.job;

import com.districtbulletin.ingest.FileOutcome;
import com.districtbulletin.ingest.IngestState;
import com.districtbulletin.ingest.IngestTotals;
import com.districtbulletin.ingest.InputScan;
import com.districtbulletin.ingest.ScannedFile;
import com.districtbulletin.ingest.SubmissionIngester;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.storage.InputFileRecord;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.InputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 2: ingest every new or changed file of the input folder. Each call handles a batch of
 * files in one transaction, so a crash loses at most the batch under way; since a file whose
 * content is already in force is skipped, the next run simply carries on.
 */
class IngestSubmissionsTasklet implements Tasklet, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestSubmissionsTasklet.class);
    private static final int FILES_PER_TRANSACTION = 500;
    private static final long ROWS_PER_TRANSACTION = 200_000;
    /** Files handed to the ingester at once (it stores consecutive files of a dataset together). */
    private static final int FILES_PER_GROUP = 100;
    private static final long BYTES_PER_GROUP = 16 << 20;

    private final SubmissionIngester ingester;
    private final SubmissionStore submissions;
    private final DistrictStore districts;

    private InputFolder input;
    private Iterator<ScannedFile> pending;
    private IngestState state;
    private List<InputFileRecord> snapshot;
    private IngestTotals totals;
    private long started;

    IngestSubmissionsTasklet(SubmissionIngester ingester, SubmissionStore submissions, DistrictStore districts) {
        this.ingester = ingester;
        this.submissions = submissions;
        this.districts = districts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        pending = null;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        if (pending == null) {
            plan(RunParameters.of(step));
        }
        int files = 0;
        long rows = 0;
        while (pending.hasNext() && files < FILES_PER_TRANSACTION && rows < ROWS_PER_TRANSACTION) {
            List<ScannedFile> group = nextGroup(Math.min(FILES_PER_GROUP, FILES_PER_TRANSACTION - files));
            List<FileOutcome> outcomes = ingester.ingest(input, group, state, step.getJobExecutionId());
            for (int i = 0; i < group.size(); i++) {
                ScannedFile file = group.get(i);
                FileOutcome outcome = outcomes.get(i);
                snapshot.add(new InputFileRecord(file.path(), file.year(), outcome.sha256(), outcome.submissionId(),
                        null, null));
                totals.add(outcome);
                files++;
                rows += outcome.rowsAccepted() + outcome.rowsRejected();
                if (outcome.kind() == FileOutcome.Kind.REJECTED) {
                    log.info("Rejected whole: {}", file.path());
                }
            }
        }
        contribution.incrementWriteCount(rows);
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        log.info("Ingest progress: {} ({} rows/s)", totals, Math.round(totals.rowsRead() / seconds));
        if (pending.hasNext()) {
            return RepeatStatus.CONTINUABLE;
        }
        submissions.replaceInputFiles(snapshot);
        IngestSummary.save(step.getJobExecution().getExecutionContext(), totals);
        return RepeatStatus.FINISHED;
    }

    /** The next files to ingest: at most {@code max}, and about {@link #BYTES_PER_GROUP} of them. */
    private List<ScannedFile> nextGroup(int max) {
        List<ScannedFile> group = new ArrayList<>();
        long bytes = 0;
        while (pending.hasNext() && group.size() < max && bytes < BYTES_PER_GROUP) {
            ScannedFile file = pending.next();
            group.add(file);
            try {
                bytes += Files.size(input.resolve(file.path()));
            } catch (IOException e) {
                // unreadable: the ingester says so
            }
        }
        return group;
    }

    private void plan(RunParameters run) {
        started = System.nanoTime();
        input = new InputFolder(run.input());
        InputScan scan = InputScan.of(input.submissionFiles(), districts.all());
        state = new IngestState(submissions.inForce(), submissions.rejectedContents());
        totals = new IngestTotals();
        snapshot = new ArrayList<>();
        for (ScannedFile file : scan.rejectedByName()) {
            snapshot.add(new InputFileRecord(file.path(), file.year(), null, null, file.nameProblem().code(),
                    file.nameProblem().message()));
            log.info("Rejected by name ({}): {}", file.nameProblem().code(), file.path());
        }
        totals.addRejectedByName(scan.rejectedByName().size());
        pending = scan.toIngest().iterator();
        log.info("Input {}: {} files to check, {} rejected by name", input.root(), scan.toIngest().size(),
                scan.rejectedByName().size());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        pending = null;
        return stepExecution.getExitStatus();
    }
}
