package com.districtbulletin.job;

import com.districtbulletin.receipt.Receipts;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 5: each district's receipt and problems file under {@code output/<year>/districts/<code>/}. */
class WriteReceiptsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReceiptsTasklet.class);

    private final Receipts receipts;
    private final int year;
    private final Path yearOutput;

    WriteReceiptsTasklet(Receipts receipts, int year, Path yearOutput) {
        this.receipts = receipts;
        this.year = year;
        this.yearOutput = yearOutput;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long start = System.nanoTime();
        int written = receipts.write(year, yearOutput);
        log.info("Receipts and problem files of {} districts in {} ms", written, (System.nanoTime() - start) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
