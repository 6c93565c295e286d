package com.districtbulletin.job;

import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.fingerprint.Ledger;
import com.districtbulletin.fingerprint.WrittenFiles;
import com.districtbulletin.receipt.Receipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 7: for every year the run reports on, each district's receipt and problems file under
 * {@code output/<year>/districts/<code>/}: those whose content changed are written, the others left
 * as they are (their bytes and modification time); the step's context counts both.
 */
class WriteReceiptsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReceiptsTasklet.class);

    private final Receipts receipts;
    private final EditionStore editions;
    private final WrittenFiles writtenFiles;
    private final RunYears years;
    private final RunParameters run;

    WriteReceiptsTasklet(Receipts receipts, EditionStore editions, WrittenFiles writtenFiles, RunYears years,
                         RunParameters run) {
        this.receipts = receipts;
        this.editions = editions;
        this.writtenFiles = writtenFiles;
        this.years = years;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Ledger ledger = writtenFiles.open();
        for (int year : years.reported(editions.publishing())) {
            long start = System.nanoTime();
            Ledger.Counts receiptsBefore = ledger.counts(Receipts.RECEIPT);
            Ledger.Counts problemsBefore = ledger.counts(Receipts.PROBLEMS);
            int districts = receipts.write(year, run.yearOutput(year), ledger);
            Ledger.Counts r = DocumentCounts.since(receiptsBefore, ledger.counts(Receipts.RECEIPT));
            Ledger.Counts p = DocumentCounts.since(problemsBefore, ledger.counts(Receipts.PROBLEMS));
            log.info("Receipts of {} districts for {}: {} written, {} unchanged; problem files {} written, {} unchanged;"
                    + " in {} ms", districts, year, r.written(), r.unchanged(), p.written(), p.unchanged(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        ledger.save();
        DocumentCounts.record(contribution.getStepExecution(), ledger);
        return RepeatStatus.FINISHED;
    }
}
