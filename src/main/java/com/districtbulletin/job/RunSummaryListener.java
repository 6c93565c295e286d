package com.districtbulletin.job;

import com.districtbulletin.output.AtomicFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** At the end of every run, successful or not: the summary on the log and in {@code output/<year>/run-summary.json}. */
class RunSummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void afterJob(JobExecution execution) {
        RunParameters run = RunParameters.of(execution.getJobParameters());
        Map<String, Object> summary = summary(execution, run);
        log.info("Run summary: {}", summary);
        try {
            Path file = run.yearOutput().resolve("run-summary.json");
            AtomicFile.write(file, out -> JSON.writeValue(out, summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> summary(JobExecution execution, RunParameters run) {
        ExecutionContext context = execution.getExecutionContext();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("jobExecutionId", execution.getId());
        summary.put("jobInstanceId", execution.getJobInstance().getInstanceId());
        summary.put("status", execution.getStatus().name());
        summary.put("year", run.year());
        summary.put("input", run.input().toString());
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
        summary.put("started", start == null ? null : start.toString());
        summary.put("durationSeconds", start == null ? null : Duration.between(start, end).toMillis() / 1000.0);
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("accepted", context.getInt("files.accepted", 0));
        files.put("rejected", context.getInt("files.rejected", 0));
        files.put("unchanged", context.getInt("files.unchanged", 0));
        summary.put("files", files);
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("accepted", context.getLong("rows.accepted", 0));
        rows.put("rejected", context.getLong("rows.rejected", 0));
        summary.put("rows", rows);
        summary.put("statisticsComputed", context.getInt("statistics.computed", 0));
        Path bulletin = run.yearOutput().resolve("bulletin-" + run.year() + ".pdf");
        summary.put("bulletin", Files.exists(bulletin) ? bulletin.toString() : null);
        summary.put("validationReport", run.yearOutput().resolve("validation-report.csv").toString());
        summary.put("statistics", run.yearOutput().resolve("statistics.csv").toString());
        summary.put("failures", execution.getAllFailureExceptions().stream().map(FailureMessages::rootMessage).toList());
        return summary;
    }
}
