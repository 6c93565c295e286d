package com.districtbulletin.job;

import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCsv;
import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.statistics.StatisticsWorkbook;
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
    private final int year;
    private final Path yearOutput;

    WriteReportsTasklet(ValidationReport validationReport, StatisticStore statistics, int year, Path yearOutput) {
        this.validationReport = validationReport;
        this.statistics = statistics;
        this.year = year;
        this.yearOutput = yearOutput;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path report = yearOutput.resolve("validation-report.csv");
        int problems = validationReport.write(year, report);
        log.info("Validation report {}: {} problems", report, problems);
        Path csv = yearOutput.resolve("statistics.csv");
        var figures = statistics.load(year);
        StatisticsCsv.write(csv, figures);
        StatisticsWorkbook.write(yearOutput.resolve("statistics.xlsx"), figures);
        log.info("Statistics {} and statistics.xlsx", csv);
        return RepeatStatus.FINISHED;
    }
}
