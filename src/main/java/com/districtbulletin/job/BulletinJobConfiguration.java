package com.districtbulletin.job;

import com.districtbulletin.bulletin.BulletinRenderer;
import com.districtbulletin.bulletin.data.BulletinSource;
import com.districtbulletin.edition.Edition;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.edition.Editions;
import com.districtbulletin.edition.KeptFiles;
import com.districtbulletin.fingerprint.WrittenFiles;
import com.districtbulletin.ingest.CheckedSubmission;
import com.districtbulletin.ingest.PlannedFile;
import com.districtbulletin.ingest.PlannedFiles;
import com.districtbulletin.ingest.ScanInputTasklet;
import com.districtbulletin.receipt.Receipts;
import com.districtbulletin.ingest.SubmissionCheck;
import com.districtbulletin.ingest.SubmissionWriter;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCalculator;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.report.ValidationReport;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulletin job, step by step: load the registry, scan the input folder, ingest the planned
 * files, settle each year's edition with its statistics, write the reports and receipts, render
 * and publish the bulletin. Each step's parts are
 * beside it; they take the run's year and folders from the job parameters when the step starts.
 */
@Configuration
public class BulletinJobConfiguration {

    public static final String JOB_NAME = "bulletinJob";

    @Bean
    RunIncrementer runIncrementer() {
        return new RunIncrementer();
    }

    @Bean
    Job bulletinJob(JobRepository jobs, RunIncrementer runIncrementer, MeterRegistry meters, EditionStore editions,
                    SubmissionStore submissions, Step loadRegistry, Step scanInput, Step ingestSubmissions,
                    Step settleEditions, Step computeStatistics, Step writeReports, Step writeReceipts, Step renderBulletin) {
        return new JobBuilder(JOB_NAME, jobs)
                .incrementer(runIncrementer)
                .start(loadRegistry)
                .next(scanInput)
                .next(ingestSubmissions)
                .next(settleEditions)
                .next(computeStatistics)
                .next(writeReports)
                .next(writeReceipts)
                .next(renderBulletin)
                .listener(new RunSummaryListener(jobs, meters, editions, submissions))
                .build();
    }

    // 1. The registry of districts: any fault in it stops the run.

    @Bean
    Step loadRegistry(JobRepository jobs, PlatformTransactionManager tx, LoadRegistryTasklet loadRegistryTasklet) {
        return new StepBuilder("loadRegistry", jobs).tasklet(loadRegistryTasklet, tx).build();
    }

    @Bean
    @StepScope
    LoadRegistryTasklet loadRegistryTasklet(DistrictStore districts, @Value("#{jobParameters['input']}") Path input) {
        return new LoadRegistryTasklet(districts, new InputFolder(input));
    }

    // 2. The input folder: every file judged by its name and fingerprint; the files to read planned.

    @Bean
    Step scanInput(JobRepository jobs, PlatformTransactionManager tx, ScanInputTasklet scanInputTasklet) {
        ExecutionContextPromotionListener yearsRead = new ExecutionContextPromotionListener();
        yearsRead.setKeys(new String[] {ScanInputTasklet.YEARS_READ});
        return new StepBuilder("scanInput", jobs).tasklet(scanInputTasklet, tx).listener(yearsRead).build();
    }

    @Bean
    @StepScope
    ScanInputTasklet scanInputTasklet(SubmissionStore submissions, DistrictStore districts,
                                      @Value("#{jobParameters['input']}") Path input) {
        return new ScanInputTasklet(new InputFolder(input), submissions, districts);
    }

    // 3. Ingest: one item per planned file — read, checked, stored; a chunk of files per transaction.

    @Bean
    Step ingestSubmissions(JobRepository jobs, PlatformTransactionManager tx, ListItemReader<PlannedFile> plannedFiles,
                           SubmissionCheck submissionCheck, SubmissionWriter submissionWriter,
                           @Value("${bulletin.ingest.commit-interval:100}") int commitInterval) {
        return new StepBuilder("ingestSubmissions", jobs)
                .<PlannedFile, CheckedSubmission>chunk(commitInterval)
                .transactionManager(tx)
                .reader(plannedFiles)
                .processor(submissionCheck)
                .writer(submissionWriter)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<PlannedFile> plannedFiles(SubmissionStore submissions) {
        return new ListItemReader<>(PlannedFiles.load(submissions));
    }

    @Bean
    @StepScope
    SubmissionCheck submissionCheck(SubmissionStore submissions, @Value("#{jobParameters['input']}") Path input) {
        return new SubmissionCheck(new InputFolder(input), submissions);
    }

    @Bean
    @StepScope
    SubmissionWriter submissionWriter(SubmissionStore submissions, RowSinks sinks, EditionStore editions,
                                      PlatformTransactionManager tx,
                                      @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new SubmissionWriter(submissions, sinks, jobExecutionId, editions.closedYears(), tx);
    }

    // 4. Each year's edition settled — provisional, final or a revision — or why there is none.

    @Bean
    Step settleEditions(JobRepository jobs, PlatformTransactionManager tx, SettleEditionsTasklet settleEditionsTasklet) {
        return new StepBuilder("settleEditions", jobs).tasklet(settleEditionsTasklet, tx).build();
    }

    @Bean
    @StepScope
    SettleEditionsTasklet settleEditionsTasklet(Editions editions, @Value("#{jobParameters}") Map<String, Object> parameters,
                                                @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
                                                @Value("#{jobExecutionContext['years.read']}") String yearsRead) {
        RunParameters run = run(parameters);
        return new SettleEditionsTasklet(editions, run.year(), run.edition(), jobExecutionId,
                new RunYears(run.year(), yearsRead));
    }

    // 5. Each edition's statistics, from the submissions in force.

    @Bean
    Step computeStatistics(JobRepository jobs, PlatformTransactionManager tx,
                           ComputeStatisticsTasklet computeStatisticsTasklet) {
        return new StepBuilder("computeStatistics", jobs).tasklet(computeStatisticsTasklet, tx).build();
    }

    @Bean
    @StepScope
    ComputeStatisticsTasklet computeStatisticsTasklet(Editions editions, EditionStore store) {
        return new ComputeStatisticsTasklet(editions, store);
    }

    // 6. validation-report.csv of each year reported on; statistics.csv (and the final edition's) of each edition.

    @Bean
    Step writeReports(JobRepository jobs, PlatformTransactionManager tx, WriteReportsTasklet writeReportsTasklet) {
        return new StepBuilder("writeReports", jobs).tasklet(writeReportsTasklet, tx).build();
    }

    @Bean
    @StepScope
    WriteReportsTasklet writeReportsTasklet(ValidationReport report, StatisticStore statistics, EditionStore editions,
                                            KeptFiles kept, WrittenFiles writtenFiles, DistrictStore districts,
                                            @Value("#{jobParameters}") Map<String, Object> parameters,
                                            @Value("#{jobExecutionContext['years.read']}") String yearsRead) {
        RunParameters run = run(parameters);
        return new WriteReportsTasklet(report, statistics, editions, kept, writtenFiles, districts,
                new RunYears(run.year(), yearsRead), run);
    }

    // 7. Each district's receipt and problems file, for each year reported on.

    @Bean
    Step writeReceipts(JobRepository jobs, PlatformTransactionManager tx, WriteReceiptsTasklet writeReceiptsTasklet) {
        return new StepBuilder("writeReceipts", jobs).tasklet(writeReceiptsTasklet, tx).build();
    }

    @Bean
    @StepScope
    WriteReceiptsTasklet writeReceiptsTasklet(Receipts receipts, EditionStore editions, WrittenFiles writtenFiles,
                                              @Value("#{jobParameters}") Map<String, Object> parameters,
                                              @Value("#{jobExecutionContext['years.read']}") String yearsRead) {
        RunParameters run = run(parameters);
        return new WriteReceiptsTasklet(receipts, editions, writtenFiles, new RunYears(run.year(), yearsRead), run);
    }

    // 8. Each edition's bulletin and charts; a final edition's files kept; the edition published.

    @Bean
    Step renderBulletin(JobRepository jobs, PlatformTransactionManager tx,
                        RenderBulletinTasklet renderBulletinTasklet) {
        return new StepBuilder("renderBulletin", jobs).tasklet(renderBulletinTasklet, tx).build();
    }

    @Bean
    @StepScope
    RenderBulletinTasklet renderBulletinTasklet(BulletinSource source, BulletinRenderer renderer, EditionStore editions,
                                                KeptFiles kept, StatisticStore statistics,
                                                BulletinProperties properties, WrittenFiles writtenFiles,
                                                DistrictStore districts,
                                                @Value("#{jobParameters}") Map<String, Object> parameters) {
        return new RenderBulletinTasklet(source, renderer, editions, kept, statistics, properties, writtenFiles,
                districts, run(parameters));
    }

    /** The run's parameters, from the job parameters as the step scope gives them. */
    private static RunParameters run(Map<String, Object> parameters) {
        Object year = parameters.get("year");
        Object edition = parameters.get("edition");
        return new RunParameters(year == null ? null : ((Number) year).intValue(),
                Path.of((String) parameters.get("input")), Path.of((String) parameters.get("output")),
                edition == null ? null : Edition.valueOf(((String) edition).toUpperCase(java.util.Locale.ROOT)));
    }
}
