package com.districtbulletin.job;

import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCalculator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 3: compute the year's statistics from the submissions in force and store them. */
class ComputeStatisticsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ComputeStatisticsTasklet.class);

    private final StatisticsCalculator calculator;
    private final StatisticStore store;
    private final int year;

    ComputeStatisticsTasklet(StatisticsCalculator calculator, StatisticStore store, int year) {
        this.calculator = calculator;
        this.store = store;
        this.year = year;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long started = System.nanoTime();
        List<Statistic> statistics = calculator.compute(year);
        store.replace(year, statistics);
        PausePoint.reach("statistics");
        contribution.incrementWriteCount(statistics.size());
        log.info("Statistics {}: {} figures in {} ms", year, statistics.size(),
                (System.nanoTime() - started) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
