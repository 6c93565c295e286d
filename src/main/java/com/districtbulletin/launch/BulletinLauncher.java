package com.districtbulletin.launch;

import com.districtbulletin.job.RunIncrementer;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.output.RunTemporaryFolder;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts the bulletin job, finishing an interrupted run first. Called only while the run lock
 * is held, so an execution still marked STARTED was left by a crashed process: it is recovered
 * (marked FAILED) and restarted, which skips the steps it completed and redoes the rest. A
 * crashed ingest is safe to redo: files whose content is in force are skipped. The run keeps its
 * temporary files in a folder of its own, and removes those an earlier run left
 * ({@link RunTemporaryFolder}).
 */
@Component
public class BulletinLauncher {

    private static final Logger log = LoggerFactory.getLogger(BulletinLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunIncrementer incrementer;
    /** The database's JDBC URL: the run's temporary folder is one per database, as the run lock is. */
    private final String database;

    public BulletinLauncher(JobOperator operator, JobRepository repository, Job bulletinJob,
                            RunIncrementer incrementer, @Value("${spring.datasource.url}") String database) {
        this.database = database;
        this.operator = operator;
        this.repository = repository;
        this.job = bulletinJob;
        this.incrementer = incrementer;
    }

    public JobExecution run(RunParameters parameters) throws Exception {
        try (RunTemporaryFolder.Run temporary = RunTemporaryFolder.start(database)) {
            if (temporary.earlierRunsRemoved() > 0) {
                log.warn("Removed the temporary files of {} earlier run(s) that did not end", temporary.earlierRunsRemoved());
            }
            recoverCrashedExecutions();
            JobExecution interrupted = lastFailedExecutionOf(parameters);
            if (interrupted != null) {
                log.info("Restarting job execution {} (status {}) to finish the interrupted run", interrupted.getId(),
                        interrupted.getStatus());
                return operator.restart(interrupted);
            }
            incrementer.nextRun(parameters);
            return operator.startNextInstance(job);
        }
    }

    private void recoverCrashedExecutions() {
        Set<JobExecution> running = repository.findRunningJobExecutions(job.getName());
        for (JobExecution stale : running) {
            log.warn("Recovering job execution {} left STARTED since {} by a process that died; it is marked FAILED"
                    + " and will be restarted", stale.getId(), stale.getStartTime());
            operator.recover(stale);
        }
    }

    /** The last execution, when it failed or was stopped and is for the same year and folders. */
    private JobExecution lastFailedExecutionOf(RunParameters parameters) {
        JobInstance last = repository.getLastJobInstance(job.getName());
        if (last == null) {
            return null;
        }
        JobExecution execution = repository.getLastJobExecution(last);
        if (execution == null
                || (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED)) {
            return null;
        }
        JobParameters previous = execution.getJobParameters();
        return parameters.equals(RunParameters.of(previous)) ? execution : null;
    }
}
