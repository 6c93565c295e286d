package com.districtbulletin.job;

import com.districtbulletin.output.AtomicFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.districtbulletin.edition.EditionFiles;
import com.districtbulletin.edition.EditionRecord;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.ingest.ScanInputTasklet;
import com.districtbulletin.storage.SubmissionStore;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import com.districtbulletin.ingest.IngestCounts;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** At the end of every run, successful or not: the summary on the log and in {@code output/<year>/run-summary.json}. */
class RunSummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JobRepository repository;
    private final MeterRegistry meters;
    private final EditionStore editions;
    private final SubmissionStore submissions;

    RunSummaryListener(JobRepository repository, MeterRegistry meters, EditionStore editions,
                       SubmissionStore submissions) {
        this.repository = repository;
        this.meters = meters;
        this.editions = editions;
        this.submissions = submissions;
    }

    /** The timers describe this run alone, also when one JVM runs the job several times (the tests). */
    @Override
    public void beforeJob(JobExecution execution) {
        meters.clear();
    }

    @Override
    public void afterJob(JobExecution execution) {
        RunParameters run = RunParameters.of(execution.getJobParameters());
        Map<String, Object> summary = summary(execution, run, repository, meters);
        addEditions(summary, execution, run);
        log.info("Run summary: {}", summary);
        try {
            Path file = run.summaryFolder().resolve("run-summary.json");
            AtomicFile.write(file, out -> JSON.writeValue(out, summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The editions the run wrote, with their files; the closed years it met with their versions
     * pending revision; and what it said about each year.
     */
    private void addEditions(Map<String, Object> summary, JobExecution execution, RunParameters run) {
        List<Long> executions = repository.getJobExecutions(execution.getJobInstance()).stream()
                .map(JobExecution::getId).toList();
        List<Map<String, Object>> written = new ArrayList<>();
        for (EditionRecord edition : editions.computedBy(executions)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("year", edition.year());
            e.put("edition", edition.kind().name().toLowerCase(Locale.ROOT));
            e.put("revision", edition.finalRevision());
            e.put("state", edition.state());
            List<String> files = new ArrayList<>(List.of(EditionFiles.bulletin(edition.year()), "statistics.csv"));
            if (edition.isFinal()) {
                files.add(EditionFiles.finalBulletin(edition));
                files.add(EditionFiles.finalStatistics(edition));
            }
            if (edition.isRevision()) {
                files.add(EditionFiles.revisions(edition));
            }
            e.put("files", files.stream().map(f -> run.yearOutput(edition.year()).resolve(f).toString()).toList());
            written.add(e);
        }
        summary.put("editions", written);
        // the bulletin and statistics of the year asked for, when this run published them (a closed year's it does not)
        boolean published = run.year() != null && written.stream().anyMatch(e -> run.year().equals(e.get("year")));
        summary.put("bulletin", published
                ? run.yearOutput(run.year()).resolve(EditionFiles.bulletin(run.year())).toString() : null);
        summary.put("statistics", published ? run.yearOutput(run.year()).resolve("statistics.csv").toString() : null);
        Set<Integer> met = new RunYears(run.year(), execution.getExecutionContext().getString(ScanInputTasklet.YEARS_READ, ""))
                .reported(List.of());
        met.retainAll(editions.closedYears());
        Set<Integer> registryChanged = new java.util.TreeSet<>();
        String changed = execution.getExecutionContext().getString(SettleEditionsTasklet.CLOSED_REGISTRY_CHANGED, "");
        if (!changed.isEmpty()) {
            List.of(changed.split(",")).forEach(y -> registryChanged.add(Integer.valueOf(y)));
        }
        met.addAll(registryChanged);
        List<Map<String, Object>> closed = new ArrayList<>();
        for (int year : met) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("year", year);
            c.put("pending", submissions.pending(year).stream().map(SubmissionStore.Version::filePath).toList());
            // the registry changed the figures a revision would publish: districts.csv is pending too
            c.put("registryChanged", registryChanged.contains(year));
            closed.add(c);
        }
        summary.put("closedYears", closed);
        String notes = execution.getExecutionContext().getString(SettleEditionsTasklet.NOTES, "");
        summary.put("notes", notes.isEmpty() ? List.of() : List.of(notes.split("\n")));
    }

    /** The summary of the run; after a restart, of the job instance's executions together. */
    private static Map<String, Object> summary(JobExecution execution, RunParameters run, JobRepository repository,
                                               MeterRegistry meters) {
        JobInstance instance = execution.getJobInstance();
        IngestCounts ingest = IngestCounts.of(repository.getLastStepExecution(instance, "scanInput"),
                repository.getLastStepExecution(instance, "ingestSubmissions"));
        StepExecution statistics = repository.getLastStepExecution(instance, "computeStatistics");
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
        files.put("accepted", ingest.filesAccepted());
        files.put("rejected", ingest.filesRejected());
        files.put("unchanged", ingest.filesUnchanged());
        files.put("unreadable", ingest.filesUnreadable());
        summary.put("files", files);
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("accepted", ingest.rowsAccepted());
        rows.put("rejected", ingest.rowsRejected());
        summary.put("rows", rows);
        summary.put("statisticsComputed", statistics == null ? 0 : statistics.getWriteCount());
        // statistics files, receipts, problems files and profiles: written because what they show changed, or left unchanged
        summary.put("documents", DocumentCounts.of(repository.getLastStepExecution(instance, "writeReports"),
                repository.getLastStepExecution(instance, "writeReceipts"),
                repository.getLastStepExecution(instance, "renderBulletin")));
        if (run.year() != null) {
            summary.put("validationReport", run.yearOutput(run.year()).resolve("validation-report.csv").toString());
        }
        summary.put("metrics", BatchTimers.of(meters));
        summary.put("failures", execution.getAllFailureExceptions().stream().map(FailureMessages::rootMessage).toList());
        return summary;
    }
}
