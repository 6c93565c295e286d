package com.districtbulletin.job;

import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.receipt.Receipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 7: for every year the run reports on, each district's receipt and problems file under {@code output/<year>/districts/<code>/}. */
class WriteReceiptsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReceiptsTasklet.class);

    private final Receipts receipts;
    private final EditionStore editions;
    private final RunYears years;
    private final RunParameters run;

    WriteReceiptsTasklet(Receipts receipts, EditionStore editions, RunYears years, RunParameters run) {
        this.receipts = receipts;
        this.editions = editions;
        this.years = years;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (int year : years.reported(editions.publishing())) {
            long start = System.nanoTime();
            int written = receipts.write(year, run.yearOutput(year));
            log.info("Receipts and problem files of {} districts for {} in {} ms", written, year,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return RepeatStatus.FINISHED;
    }
}
