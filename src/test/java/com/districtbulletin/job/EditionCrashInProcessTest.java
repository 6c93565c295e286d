package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.edition.Edition;
import com.districtbulletin.support.DatabaseCleaner;
import com.districtbulletin.support.BulletinTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The edition crash scenarios of {@link EditionCrashScenarios} that {@link EditionCrashTest}
 * does not play with kill -9, in-process: the run stops at the pause point with
 * {@link PausePoint.Crash} (its transaction rolled back, nothing after the point run), then the
 * same command, or the nightly run, finishes the edition.
 */
@Tag("database")
class EditionCrashInProcessTest extends BulletinTestBase {

    private static EditionCrashScenarios.Uninterrupted uninterrupted;

    @BeforeEach
    void sampleInputAndTheUninterruptedEditions() throws Exception {
        if (uninterrupted == null) {
            Path first = Files.createDirectories(workDir.resolve("uninterrupted"));
            EditionCrashScenarios.input(first.resolve("input"));
            uninterrupted = EditionCrashScenarios.uninterrupted(new InProcess(first.resolve("input"),
                    first.resolve("output")), first.resolve("input"), first.resolve("output"));
            DatabaseCleaner.clean(jdbc);
        }
        EditionCrashScenarios.input(input);
    }

    @ParameterizedTest(name = "{0} stopped at {1}, then the same command")
    @CsvSource({"final, publish", "revision, render", "revision, publish"})
    void anEditionStoppedWhilePublishedIsFinishedByTheSameCommand(String edition, String point) throws Exception {
        InProcess product = new InProcess(input, output);
        EditionCrashScenarios.stop(product, input, edition, point);
        EditionCrashScenarios.finishedByTheSameCommand(product, output, uninterrupted, edition, point);
    }

    @ParameterizedTest(name = "{0} stopped at {1}, then the nightly run")
    @CsvSource({"final, statistics", "revision, statistics", "revision, publish"})
    void anEditionStoppedWhilePublishedIsFinishedByTheNightlyRun(String edition, String point) throws Exception {
        InProcess product = new InProcess(input, output);
        EditionCrashScenarios.stop(product, input, edition, point);
        EditionCrashScenarios.finishedByTheNightlyRun(product, input, output, uninterrupted, edition);
    }

    /** The product in this JVM, as the command runs it once it holds the run lock. */
    private final class InProcess implements EditionCrashScenarios.Product {

        private final Path input;
        private final Path output;

        InProcess(Path input, Path output) {
            this.input = input;
            this.output = output;
        }

        @Override
        public void yearEnd() throws Exception {
            JobExecution run = launcher.run(new RunParameters(2023, input, output, Edition.FINAL));
            assertThat(run.getStatus()).as(run.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        }

        @Override
        public void yearEndStoppedAt(String point) throws Exception {
            PausePoint.crashAt(point);
            JobExecution run = launcher.run(new RunParameters(2023, input, output, Edition.FINAL));
            assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(run.getAllFailureExceptions()).as("stopped at " + point)
                    .anySatisfy(failure -> assertThat(failure).isInstanceOf(PausePoint.Crash.class));
        }

        @Override
        public void nightly() throws Exception {
            JobExecution run = launcher.run(new RunParameters(null, input, output, Edition.PROVISIONAL));
            assertThat(run.getStatus()).as(run.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        }

        @Override
        public List<String> finalEditions() {
            return jdbc.query(EditionCrashScenarios.FINAL_EDITIONS, (rs, i) -> rs.getInt(1) + " " + rs.getString(2));
        }

        @Override
        public byte[] keptFile(String name) {
            return jdbc.queryForObject(EditionCrashScenarios.KEPT_FILE, byte[].class, name);
        }
    }
}
