package com.districtbulletin.job;

import com.districtbulletin.bulletin.BulletinRenderer;
import com.districtbulletin.bulletin.BulletinSource;
import com.districtbulletin.ingest.SubmissionIngester;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCalculator;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.validation.ValidationReport;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulletin job, step by step: load the registry, ingest the submissions, compute the
 * statistics, write the reports, render the bulletin. Each step's parts are beside it.
 */
@Configuration
public class BulletinJobConfiguration {

    public static final String JOB_NAME = "bulletinJob";

    @Bean
    Job bulletinJob(JobRepository jobs, Step loadRegistry, Step ingestSubmissions, Step computeStatistics,
                    Step writeReports, Step renderBulletin) {
        return new JobBuilder(JOB_NAME, jobs)
                .start(loadRegistry)
                .next(ingestSubmissions)
                .next(computeStatistics)
                .next(writeReports)
                .next(renderBulletin)
                .listener(new RunSummaryListener())
                .build();
    }

    @Bean
    Step loadRegistry(JobRepository jobs, PlatformTransactionManager tx, DistrictStore districts) {
        return new StepBuilder("loadRegistry", jobs)
                .tasklet(new LoadRegistryTasklet(districts), tx)
                .build();
    }

    @Bean
    Step ingestSubmissions(JobRepository jobs, PlatformTransactionManager tx, SubmissionIngester ingester,
                           SubmissionStore submissions, DistrictStore districts) {
        IngestSubmissionsTasklet tasklet = new IngestSubmissionsTasklet(ingester, submissions, districts);
        return new StepBuilder("ingestSubmissions", jobs)
                .tasklet(tasklet, tx)
                .listener(tasklet)
                .build();
    }

    @Bean
    Step computeStatistics(JobRepository jobs, PlatformTransactionManager tx, StatisticsCalculator calculator,
                           StatisticStore statistics) {
        return new StepBuilder("computeStatistics", jobs)
                .tasklet(new ComputeStatisticsTasklet(calculator, statistics), tx)
                .build();
    }

    @Bean
    Step writeReports(JobRepository jobs, PlatformTransactionManager tx, ValidationReport report,
                      StatisticStore statistics) {
        return new StepBuilder("writeReports", jobs)
                .tasklet(new WriteReportsTasklet(report, statistics), tx)
                .build();
    }

    @Bean
    Step renderBulletin(JobRepository jobs, PlatformTransactionManager tx, BulletinSource source,
                        BulletinRenderer renderer, BulletinProperties properties) {
        return new StepBuilder("renderBulletin", jobs)
                .tasklet(new RenderBulletinTasklet(source, renderer, properties), tx)
                .build();
    }
}
