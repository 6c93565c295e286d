package com.districtbulletin.ingest;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the ingest did, from the step executions of the scan and of the ingest (the latest of
 * each in the job instance; the ingest's totals carry over a restart).
 */
public record IngestCounts(long filesAccepted, long filesRejected, long filesUnchanged, long filesUnreadable,
                           long rowsAccepted, long rowsRejected) {

    public static IngestCounts of(StepExecution scan, StepExecution ingest) {
        ExecutionContext scanned = scan == null ? new ExecutionContext() : scan.getExecutionContext();
        ExecutionContext ingested = ingest == null ? new ExecutionContext() : ingest.getExecutionContext();
        return new IngestCounts(
                ingested.getLong(SubmissionWriter.FILES_ACCEPTED, 0L),
                scanned.getLong(ScanInputTasklet.FILES_REJECTED, 0L)
                        + ingested.getLong(SubmissionWriter.FILES_REJECTED, 0L),
                scanned.getLong(ScanInputTasklet.FILES_UNCHANGED, 0L)
                        + ingested.getLong(SubmissionCheck.FILES_UNCHANGED, 0L),
                scanned.getLong(ScanInputTasklet.FILES_UNREADABLE, 0L)
                        + ingested.getLong(SubmissionWriter.FILES_UNREADABLE, 0L),
                ingested.getLong(SubmissionWriter.ROWS_ACCEPTED, 0L),
                ingested.getLong(SubmissionWriter.ROWS_REJECTED, 0L));
    }
}
