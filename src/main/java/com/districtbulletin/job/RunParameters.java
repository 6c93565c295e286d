package com.districtbulletin.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/** What one run of the job works on; these identify the job instance. */
public record RunParameters(int year, Path input, Path output) {

    public JobParameters toJobParameters(long run) {
        return new JobParametersBuilder()
                .addLong("year", (long) year)
                .addString("input", input.toAbsolutePath().normalize().toString())
                .addString("output", output.toAbsolutePath().normalize().toString())
                .addLong("run", run)
                .toJobParameters();
    }

    public static RunParameters of(StepExecution step) {
        return of(step.getJobParameters());
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong("year").intValue(), Path.of(p.getString("input")),
                Path.of(p.getString("output")));
    }

    public Path yearOutput() {
        return output.resolve(Integer.toString(year));
    }
}
