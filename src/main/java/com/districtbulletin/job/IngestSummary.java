package com.districtbulletin.job;

import com.districtbulletin.ingest.IngestTotals;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The ingest counts, kept in the job's execution context for the run summary. */
final class IngestSummary {

    private IngestSummary() {
    }

    static void save(ExecutionContext context, IngestTotals totals) {
        context.putInt("files.accepted", totals.filesAccepted());
        context.putInt("files.unchanged", totals.filesUnchanged());
        context.putInt("files.rejected", totals.filesRejected());
        context.putLong("rows.accepted", totals.rowsAccepted());
        context.putLong("rows.rejected", totals.rowsRejected());
    }
}
