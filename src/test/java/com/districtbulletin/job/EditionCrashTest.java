package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.support.H2Database;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.ProductProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the real process while a final edition or a revision is being published, once per
 * pause point of the publishing steps — statistics, render, publish — then the same command again
 * or the nightly run: see {@link EditionCrashScenarios}. The killed run is a separate process; the
 * runs before and after it are the command line run in this JVM (a new Spring context each). The
 * other combinations of edition, point and next command stop in-process
 * ({@link EditionCrashInProcessTest}). On H2 and on PostgreSQL.
 */
@Tag("database")
class EditionCrashTest {

    private static final String DATABASE = System.getProperty("bulletin.test.db", "h2");

    @TempDir
    static Path shared;
    static EditionCrashScenarios.Uninterrupted uninterrupted;

    @BeforeAll
    static void uninterrupted() throws Exception {
        Path input = shared.resolve("input");
        EditionCrashScenarios.input(input);
        Path output = shared.resolve("output");
        uninterrupted = EditionCrashScenarios.uninterrupted(new Processes(shared, input, output), input, output);
    }

    @Test
    void aFinalEditionKilledWhileItsBulletinIsInATemporaryFileIsFinishedByTheSameCommand(@TempDir Path work)
            throws Exception {
        sameCommand("final", "render", work);
    }

    @Test
    void aRevisionKilledWhileItsFiguresAreComputedIsFinishedByTheSameCommand(@TempDir Path work) throws Exception {
        sameCommand("revision", "statistics", work);
    }

    @Test
    void aFinalEditionKilledBeforeItIsRecordedAsPublishedIsFinishedByTheNightlyRun(@TempDir Path work)
            throws Exception {
        Path input = work.resolve("input");
        EditionCrashScenarios.input(input);
        Processes product = new Processes(work, input, work.resolve("output"));
        EditionCrashScenarios.stop(product, input, "final", "publish");
        EditionCrashScenarios.finishedByTheNightlyRun(product, input, work.resolve("output"), uninterrupted, "final");
    }

    private static void sameCommand(String edition, String point, Path work) throws Exception {
        Path input = work.resolve("input");
        EditionCrashScenarios.input(input);
        Processes product = new Processes(work, input, work.resolve("output"));
        EditionCrashScenarios.stop(product, input, edition, point);
        EditionCrashScenarios.finishedByTheSameCommand(product, work.resolve("output"), uninterrupted, edition, point);
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
