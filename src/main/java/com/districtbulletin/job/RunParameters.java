package com.districtbulletin.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** What one run of the job works on; these identify the job instance. */
public record RunParameters(int year, Path input, Path output) {

    /** The job parameter the job's incrementer (Spring Batch's RunIdIncrementer) counts runs with. */
    public static final String RUN_ID = "run.id";

    public RunParameters {
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }

    /** The parameters of the job instance that runs on these, as run number {@code runId}. */
    public JobParameters toJobParameters(long runId) {
        return new JobParametersBuilder()
                .addLong("year", (long) year)
                .addString("input", input.toString())
                .addString("output", output.toString())
                .addLong(RUN_ID, runId)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong("year").intValue(), Path.of(p.getString("input")),
                Path.of(p.getString("output")));
    }

    public Path yearOutput() {
        return output.resolve(Integer.toString(year));
    }
}
