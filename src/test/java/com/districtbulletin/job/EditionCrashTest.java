package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.edition.Edition;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.DatabaseCleaner;
import com.districtbulletin.support.H2Database;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.ProductProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The edition crash scenarios of {@link EditionCrashScenarios}, against the uninterrupted editions
 * computed once for the class. kill -9 of the real process at the pause points of the publishing
 * steps, on a database of its own: statistics on both databases (the killed transaction is the
 * database's to undo), render (a temporary file left behind) on H2, publish (files written, the
 * edition not recorded) on PostgreSQL; the runs before and after it the command line run in this
 * JVM (a new Spring context each, so that the next run opens the database the killed process
 * left). The other combinations of edition, point and next command, every point among them, stop
 * in-process on the test context's database: the run stops at the pause point with
 * {@link PausePoint.Crash} (its transaction rolled back, nothing after the point run), then the
 * same command, or the nightly run, finishes the edition. On H2 and on PostgreSQL.
 */
@Tag("database")
class EditionCrashTest extends BulletinTestBase {

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

    @Test
    @EnabledIf("onH2")
    void aFinalEditionKilledWhileItsBulletinIsInATemporaryFileIsFinishedByTheSameCommand() throws Exception {
        Processes product = new Processes(workDir, input, output);
        EditionCrashScenarios.stop(product, input, "final", "render");
        EditionCrashScenarios.finishedByTheSameCommand(product, output, uninterrupted, "final", "render");
    }

    @Test
    void aRevisionKilledWhileItsFiguresAreComputedIsFinishedByTheSameCommand() throws Exception {
        Processes product = new Processes(workDir, input, output);
        EditionCrashScenarios.stop(product, input, "revision", "statistics");
        EditionCrashScenarios.finishedByTheSameCommand(product, output, uninterrupted, "revision", "statistics");
    }

    @Test
    @EnabledIf("onPostgres")
    void aFinalEditionKilledBeforeItIsRecordedAsPublishedIsFinishedByTheNightlyRun() throws Exception {
        Processes product = new Processes(workDir, input, output);
        EditionCrashScenarios.stop(product, input, "final", "publish");
        EditionCrashScenarios.finishedByTheNightlyRun(product, input, output, uninterrupted, "final");
    }

    /** Each kill -9 costs a cold process (6-8 s on two cores): render is killed on H2 only, publish on PostgreSQL only. */
    static boolean onH2() {
        return DATABASE.equals("h2");
    }

    static boolean onPostgres() {
        return DATABASE.equals("postgres");
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

    /** The product in this JVM on the test context's database, as the command runs it once it holds the run lock. */
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

    /** The product on a new database: a stop is kill -9 of a process at the pause point, every other run the command line here. */
    private static final class Processes implements EditionCrashScenarios.Product {

        private final Path work;
        private final Path input;
        private final Path output;
        private final String url = DATABASE.equals("postgres") ? PostgresDatabase.create() : H2Database.create();

        Processes(Path work, Path input, Path output) {
            this.work = work;
            this.input = input;
            this.output = output;
        }

        @Override
        public void yearEnd() {
            assertThat(DistrictBulletinApplication.run(args("--bulletin.year=2023", "--bulletin.edition=final")))
                    .isZero();
        }

        @Override
        public void yearEndStoppedAt(String point) throws Exception {
            ProductProcess crashing = ProductProcess.start(work.resolve("killed-at-" + point + ".log"),
                    List.of("-Dbulletin.debug.pause-at=" + point),
                    List.of(args("--bulletin.year=2023", "--bulletin.edition=final")));
            crashing.awaitLog("PAUSE POINT " + point + " reached");
            crashing.kill();
        }

        @Override
        public void nightly() {
            assertThat(DistrictBulletinApplication.run(args("--bulletin.year=open"))).isZero();
        }

        @Override
        public List<String> finalEditions() throws Exception {
            List<String> editions = new ArrayList<>();
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(EditionCrashScenarios.FINAL_EDITIONS)) {
                while (rs.next()) {
                    editions.add(rs.getInt(1) + " " + rs.getString(2));
                }
            }
            return editions;
        }

        @Override
        public byte[] keptFile(String name) throws Exception {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement(EditionCrashScenarios.KEPT_FILE)) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).as(name + " kept").isTrue();
                    return rs.getBytes(1);
                }
            }
        }

        private Connection connect() throws Exception {
            return DriverManager.getConnection(url, DATABASE.equals("postgres") ? PostgresDatabase.USER : "sa", "");
        }

        private String[] args(String... more) {
            List<String> args = new ArrayList<>(List.of(more));
            args.addAll(List.of("--bulletin.input=" + input, "--bulletin.output=" + output,
                    "--spring.datasource.url=" + url));
            if (DATABASE.equals("postgres")) {
                args.add("--spring.datasource.username=" + PostgresDatabase.USER);
                args.add("--spring.datasource.password=");
            }
            return args.toArray(String[]::new);
        }
    }
}
