package com.districtbulletin.job;

import com.districtbulletin.validation.ValidationReport;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes {@code output/<year>/validation-report.csv}. */
class WriteValidationReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteValidationReportTasklet.class);

    private final ValidationReport report;

    WriteValidationReportTasklet(ValidationReport report) {
        this.report = report;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunParameters run = RunParameters.of(chunkContext.getStepContext().getStepExecution());
        Path file = run.yearOutput().resolve("validation-report.csv");
        int rows = report.write(run.year(), file);
        log.info("Validation report {}: {} problems", file, rows);
        return RepeatStatus.FINISHED;
    }
}
