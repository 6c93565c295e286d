package com.districtbulletin.job;

import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCsv;
import com.districtbulletin.statistics.StatisticsWorkbook;
import com.districtbulletin.validation.ValidationReport;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 4: write {@code validation-report.csv} and {@code statistics.csv} under {@code output/<year>/}. */
class WriteReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

    private final ValidationReport validationReport;
    private final StatisticStore statistics;

    WriteReportsTasklet(ValidationReport validationReport, StatisticStore statistics) {
        this.validationReport = validationReport;
        this.statistics = statistics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunParameters run = RunParameters.of(chunkContext.getStepContext().getStepExecution());
        Path report = run.yearOutput().resolve("validation-report.csv");
        int problems = validationReport.write(run.year(), report);
        log.info("Validation report {}: {} problems", report, problems);
        Path csv = run.yearOutput().resolve("statistics.csv");
        var figures = statistics.load(run.year());
        StatisticsCsv.write(csv, figures);
        StatisticsWorkbook.write(run.yearOutput().resolve("statistics.xlsx"), figures);
        log.info("Statistics {} and statistics.xlsx", csv);
        return RepeatStatus.FINISHED;
    }
}
