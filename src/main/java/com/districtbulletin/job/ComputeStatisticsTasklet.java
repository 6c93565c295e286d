package com.districtbulletin.job;

import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.edition.EditionRecord;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.edition.Editions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 5: the statistics of each edition settled, from the submissions in force, stored with it. */
class ComputeStatisticsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComputeStatisticsTasklet.class);

    private final Editions editions;
    private final EditionStore store;

    ComputeStatisticsTasklet(Editions editions, EditionStore store) {
        this.editions = editions;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (EditionRecord edition : store.computing()) {
            long started = System.nanoTime();
            int figures = editions.compute(edition);
            contribution.incrementWriteCount(figures);
            log.info("Statistics of edition {}: {} figures in {} ms", edition.describe(), figures,
                    (System.nanoTime() - started) / 1_000_000);
        }
        PausePoint.reach("statistics");
        return RepeatStatus.FINISHED;
    }
}
