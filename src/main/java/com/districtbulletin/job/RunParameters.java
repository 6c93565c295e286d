package com.districtbulletin.job;

import com.districtbulletin.edition.Edition;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of the job works on; these identify the job instance.
 *
 * @param year    the year whose edition the run publishes; null for every open year whose
 *                submissions changed since its last edition ({@code --bulletin.year=open})
 * @param edition the edition asked for: provisional, or final (which closes the year or revises it)
 */
public record RunParameters(Integer year, Path input, Path output, Edition edition) {

    /** The job parameter the job's incrementer (Spring Batch's RunIdIncrementer) counts runs with. */
    public static final String RUN_ID = "run.id";

    public RunParameters {
        input = input.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        edition = edition == null ? Edition.PROVISIONAL : edition;
    }

    /** A provisional run of one year. */
    public RunParameters(Integer year, Path input, Path output) {
        this(year, input, output, Edition.PROVISIONAL);
    }

    /** The parameters of the job instance that runs on these, as run number {@code runId}. */
    public JobParameters toJobParameters(long runId) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        if (year != null) {
            parameters.addLong("year", (long) year);
        }
        return parameters
                .addString("input", input.toString())
                .addString("output", output.toString())
                .addString("edition", edition.name().toLowerCase(Locale.ROOT))
                .addLong(RUN_ID, runId)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters p) {
        Long year = p.getLong("year");
        String edition = p.getString("edition");
        return new RunParameters(year == null ? null : year.intValue(), Path.of(p.getString("input")),
                Path.of(p.getString("output")), edition == null ? null : Edition.valueOf(edition.toUpperCase(Locale.ROOT)));
    }

    /** Where the run's summary goes: the year's folder, or the output folder for a run over the open years. */
    public Path summaryFolder() {
        return year == null ? output : yearOutput(year);
    }

    public Path yearOutput(int reportYear) {
        return output.resolve(Integer.toString(reportYear));
    }
}
