package com.districtbulletin.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts the bulletin job for a year. */
@Component
public class BulletinLauncher {

    private final JobOperator operator;
    private final Job job;

    public BulletinLauncher(JobOperator operator, Job bulletinJob) {
        this.operator = operator;
        this.job = bulletinJob;
    }

    public JobExecution run(RunParameters parameters) throws Exception {
        return operator.start(job, parameters.toJobParameters(System.currentTimeMillis()));
    }
}
