package com.districtbulletin.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersIncrementer;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;

/**
 * The parameters of the job's next instance: the year and folders of the run the launcher is
 * about to start, and the run id that follows the previous instance's (Spring Batch's
 * {@link RunIdIncrementer}), so that every run is a new instance and a failed one can be restarted.
 */
public class RunIncrementer implements JobParametersIncrementer {

    private final RunIdIncrementer runIds = new RunIdIncrementer();
    private RunParameters nextRun;

    /** What the next instance runs on; set by the launcher just before it starts the job. */
    public void nextRun(RunParameters run) {
        this.nextRun = run;
    }

    @Override
    public JobParameters getNext(JobParameters previous) {
        if (nextRun == null) {
            throw new IllegalStateException("No run to start: the launcher sets the run's year and folders");
        }
        long runId = runIds.getNext(previous == null ? new JobParameters() : previous).getLong(RunParameters.RUN_ID);
        return nextRun.toJobParameters(runId);
    }
}
