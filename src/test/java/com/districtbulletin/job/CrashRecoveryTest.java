package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.crash.PausePoint;
import com.districtbulletin.launch.ExitCodes;
import com.districtbulletin.output.RunTemporaryFolder;
import com.districtbulletin.support.H2Database;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.ProductProcess;
import com.districtbulletin.support.SampleInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A nightly run stopped at three points — in the middle of a large file, during statistics, during
 * rendering — then an ordinary rerun: the figures and the stored rows are exactly those of a run
 * that was never interrupted, and so are the step executions' counts (summed over the crashed
 * execution and its restart) and the run summary. The stop in the middle of the file is kill -9 of
 * a separate process (the other points are killed so in {@link EditionCrashTest}); the other stops
 * are in-process, and every other run is the command line run in this JVM (a new Spring context
 * each). On H2 and on PostgreSQL.
 *
 * <p>The input is a municipality of three of the sample's districts, whose files hold what the
 * counts must survive: 990107's 2024 suggestions and 990110's 2024 reviews, two files rejected
 * whole (MISSING_COLUMN, NO_VALID_ROWS), 990107's {@code .xls} left out by the scan (FILE_TYPE),
 * rows rejected in files in force, both years; and 990109's large 2023 suggestions file added
 * here, 30,000 rows, that the process is killed in the middle of.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class CrashRecoveryTest {

    private static final String DATABASE = System.getProperty("bulletin.test.db", "h2");

    @TempDir
    static Path shared;
    static Path input;
    static byte[] uninterruptedStatistics;
    static Map<String, Long> uninterruptedCounts;
    static long inputFiles;
    static long submissionFiles;
    static String uninterruptedUrl;
    /** Open from before the uninterrupted run to the end of the class (see {@link #connect}). */
    static Connection uninterruptedDatabase;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = shared.resolve("input");
        SampleInput.copyMunicipalityOf(input, "990107", "990109", "990110");
        // a large file, so that the crash can happen in the middle of it (the ingest pause point is at its 20,000th row)
        List<String> lines = new ArrayList<>(List.of(
                "suggestion_id,submitted_date,field,handling_unit,status,outcome,satisfaction,closed_date"));
        for (int i = 1; i <= 30_000; i++) {
            lines.add("X" + i + ",2023-03-01,economy,区发改局,closed," + "ABC".charAt(i % 3) + ",satisfied,2023-09-01");
        }
        Files.write(input.resolve("990109_2023_suggestions.csv"), lines, StandardCharsets.UTF_8);

        String url = newDatabase();
        uninterruptedUrl = url;
        uninterruptedDatabase = connect(url);
        Path output = shared.resolve("output-uninterrupted");
        assertThat(DistrictBulletinApplication.run(args(url, output))).isZero();
        uninterruptedStatistics = Files.readAllBytes(output.resolve("2024/statistics.csv"));
        uninterruptedCounts = counts(uninterruptedDatabase);
        assertThat(uninterruptedCounts.get("suggestions")).isGreaterThan(30_000);
        // what the input holds besides the large file: two files rejected whole, rows rejected in files in force
        assertThat(uninterruptedCounts.get("submission.rejected")).as("MISSING_COLUMN, NO_VALID_ROWS").isEqualTo(2);
        assertThat(uninterruptedCounts.get("submission.in_force.rejected"))
                .as("990109's 2024 inspections line 9, 990110's 2024 suggestions line 202").isEqualTo(2);

        // every submission file of the folder is read, checked and stored once; none is unchanged or skipped;
        // the scan leaves out the file of another type (the sample's .xls, reported as FILE_TYPE)
        try (var files = Files.walk(input)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("districts.csv") && !name.startsWith("README")).toList();
            inputFiles = names.size();
            submissionFiles = names.stream().filter(name -> name.endsWith(".csv") || name.endsWith(".xlsx")).count();
        }
        assertThat(inputFiles - submissionFiles).isEqualTo(1);
        assertEachFileReadOnce(uninterruptedDatabase);
        assertSummaryAgrees(output, uninterruptedCounts);
    }

    @AfterAll
    static void closeTheUninterruptedDatabase() throws Exception {
        if (uninterruptedDatabase != null) {
            uninterruptedDatabase.close();
        }
    }

    /** A second run on the uninterrupted run's database. */
    @Test
    void aRunOnUnchangedInputReadsNoFile(@TempDir Path work) throws Exception {
        Path output = work.resolve("output");
        assertThat(DistrictBulletinApplication.run(args(uninterruptedUrl, output))).isZero();
        // the second run's executions: every file found unchanged by the scan, nothing for the ingest to read
        assertThat(lastStepCounts(uninterruptedDatabase, "scanInput"))
                .isEqualTo(new StepCounts(inputFiles, 0, inputFiles, 0));
        assertThat(lastStepCounts(uninterruptedDatabase, "ingestSubmissions")).isEqualTo(new StepCounts(0, 0, 0, 0));
        Map<?, ?> summary = new ObjectMapper().readValue(output.resolve("2024/run-summary.json").toFile(), Map.class);
        // rejected: 990107's 2024 suggestions (MISSING_COLUMN), 990110's 2024 reviews (NO_VALID_ROWS), the .xls
        assertThat(summary.get("files")).isEqualTo(Map.of("accepted", 0, "unchanged", (int) inputFiles - 3,
                "rejected", 3, "unreadable", 0));
    }

    /**
     * The process-level case: kill -9 in the middle of the large file, while its checked rows are
     * streamed to the database (no longer spilled to the run's temporary folder first). The next run recovers the execution the dead process
     * left STARTED, removes the folder it left, and finishes the work.
     */
    @Test
    void aRunKilledWhileItIngestsALargeFileIsFinishedByTheNextRun(@TempDir Path work, CapturedOutput log)
            throws Exception {
        String url = newDatabase();
        Path output = work.resolve("output");
        // the test JVM's temporary folder, so that the run here looks for what the killed one left where it left it
        ProductProcess crashing = ProductProcess.start(work.resolve("crashing.log"),
                List.of("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Dbulletin.debug.pause-at=ingest"),
                List.of(args(url, output)));
        crashing.awaitLog("PAUSE POINT ingest reached");
        crashing.kill();
        Path root = RunTemporaryFolder.rootOf(url);
        List<Path> left = runFolders(root);
        assertThat(left).as("the killed run's folder, in the folder of its database").hasSize(1);

        assertThat(DistrictBulletinApplication.run(args(url, output))).isZero();
        assertThat(log.getAll()).contains("Recovering job execution").contains("Restarting job execution")
                .contains("Removed the temporary files of 1 earlier run(s)");
        assertThat(left.get(0)).as("removed when the next run started").doesNotExist();
        assertThat(runFolders(root)).as("and the next run removed its own at its end").isEmpty();
        // connected once the run is done: the run opened the database the killed process left
        try (Connection c = connect(url)) {
            assertFinishedAsIfNeverInterrupted(c, output);
        }
    }

    /**
     * The other points, in-process ({@code PausePoint.crashAt}: the step stops there, its
     * transaction rolled back; kill -9 at these points is played by {@link EditionCrashTest}):
     * during statistics, during rendering. The next run restarts the failed execution and finishes it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"statistics", "render"})
    void aRunStoppedAtAnyOtherPointIsFinishedByTheNextRun(String point, @TempDir Path work, CapturedOutput log)
            throws Exception {
        String url = newDatabase();
        Path output = work.resolve("output");
        try (Connection database = connect(url)) {
            PausePoint.crashAt(point);
            assertThat(DistrictBulletinApplication.run(args(url, output))).isEqualTo(ExitCodes.JOB_FAILED);
            assertThat(log.getAll()).contains("PAUSE POINT " + point + " reached");
            if (point.equals("render")) {
                assertThat(output.resolve("2024/bulletin-2024.pdf")).as("no half-written bulletin").doesNotExist();
            }

            assertThat(DistrictBulletinApplication.run(args(url, output))).isZero();
            assertThat(log.getAll()).contains("Restarting job execution");
            assertFinishedAsIfNeverInterrupted(database, output);
        }
    }

    /**
     * The figures and the stored rows are exactly those of a run that was never interrupted, and
     * so are the step executions' counts (summed over the crashed execution and its restart) and
     * the run summary.
     */
    private static void assertFinishedAsIfNeverInterrupted(Connection database, Path output) throws Exception {
        assertThat(Files.readAllBytes(output.resolve("2024/statistics.csv"))).isEqualTo(uninterruptedStatistics);
        assertThat(counts(database)).isEqualTo(uninterruptedCounts);
        // the crashed execution and its restart together read and stored each file once
        assertEachFileReadOnce(database);
        assertSummaryAgrees(output, uninterruptedCounts);
    }

    /**
     * Over all the executions of the database: every submission file of the folder read, checked
     * and stored once, none unchanged or skipped; the file of another type left out by the scan.
     */
    private static void assertEachFileReadOnce(Connection c) throws Exception {
        assertThat(stepCounts(c, "scanInput"))
                .isEqualTo(new StepCounts(inputFiles, submissionFiles, inputFiles - submissionFiles, 0));
        assertThat(stepCounts(c, "ingestSubmissions"))
                .isEqualTo(new StepCounts(submissionFiles, submissionFiles, 0, 0));
    }

    /** The runs' folders in the folder of one database. */
    private static List<Path> runFolders(Path root) throws Exception {
        try (var inside = Files.list(root)) {
            return inside.filter(p -> p.getFileName().toString().startsWith("run-")).toList();
        }
    }

    /** run-summary.json gives the files and rows that the database holds. */
    private static void assertSummaryAgrees(Path output, Map<String, Long> stored) throws Exception {
        Map<?, ?> summary = new ObjectMapper().readValue(output.resolve("2024/run-summary.json").toFile(), Map.class);
        assertThat(summary.get("status")).isEqualTo("COMPLETED");
        Map<?, ?> files = (Map<?, ?>) summary.get("files");
        assertThat(((Number) files.get("accepted")).longValue()).isEqualTo(stored.get("submission.in_force"));
        // files rejected whole: those stored as rejected, and the files of another type the scan left out
        assertThat(((Number) files.get("rejected")).longValue())
                .isEqualTo(stored.get("submission.rejected") + inputFiles - submissionFiles);
        assertThat(((Number) files.get("unchanged")).longValue()).isZero();
        Map<?, ?> rows = (Map<?, ?>) summary.get("rows");
        assertThat(((Number) rows.get("accepted")).longValue()).isEqualTo(stored.get("submission.in_force.accepted"));
        // rows rejected: in the files in force, and in the file rejected whole for having no valid row
        assertThat(((Number) rows.get("rejected")).longValue()).isEqualTo(
                stored.get("submission.in_force.rejected") + stored.getOrDefault("submission.rejected.rejected", 0L));
        assertThat(((Number) summary.get("statisticsComputed")).longValue()).isEqualTo(stored.get("statistic"));
    }

    /** A step's read, write, filter and skip counts in BATCH_STEP_EXECUTION, over all its executions. */
    record StepCounts(long read, long write, long filter, long skip) {
    }

    private static StepCounts stepCounts(Connection c, String step) throws Exception {
        return queryStepCounts(c, "SELECT COALESCE(SUM(read_count), 0), COALESCE(SUM(write_count), 0),"
                + " COALESCE(SUM(filter_count), 0), COALESCE(SUM(read_skip_count + process_skip_count"
                + " + write_skip_count), 0) FROM batch_step_execution WHERE step_name = '" + step + "'");
    }

    private static StepCounts lastStepCounts(Connection c, String step) throws Exception {
        return queryStepCounts(c, "SELECT read_count, write_count, filter_count,"
                + " read_skip_count + process_skip_count + write_skip_count FROM batch_step_execution"
                + " WHERE step_name = '" + step + "' ORDER BY step_execution_id DESC LIMIT 1");
    }

    private static StepCounts queryStepCounts(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new StepCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private static String[] args(String url, Path output) {
        List<String> args = new ArrayList<>(List.of("--bulletin.year=2024", "--bulletin.input=" + input,
                "--bulletin.output=" + output, "--spring.datasource.url=" + url));
        if (DATABASE.equals("postgres")) {
            args.add("--spring.datasource.username=" + PostgresDatabase.USER);
            args.add("--spring.datasource.password=");
        }
        return args.toArray(String[]::new);
    }

    private static String newDatabase() {
        return DATABASE.equals("postgres") ? PostgresDatabase.create() : H2Database.create();
    }

    /**
     * A connection for the test's queries. On H2 the database is open while a connection is: one
     * opened before the in-process runs keeps it open from run to run, so that the end of a run
     * does not close (and compact) it and no check opens it again. (After a kill, the test
     * connects once the next run is done, so that the run opens what the killed process left.)
     */
    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, DATABASE.equals("postgres") ? PostgresDatabase.USER : "sa", "");
    }

    /** The stored rows, table by table, and the submissions by state. */
    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : List.of("meetings", "inspections", "appointments", "suggestions", "rejected_row",
                    "problem", "statistic", "input_file")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT state, COUNT(*), SUM(rows_accepted), SUM(rows_rejected)"
                    + " FROM submission GROUP BY state ORDER BY state")) {
                while (rs.next()) {
                    counts.put("submission." + rs.getString(1), rs.getLong(2));
                    counts.put("submission." + rs.getString(1) + ".accepted", rs.getLong(3));
                    counts.put("submission." + rs.getString(1) + ".rejected", rs.getLong(4));
                }
            }
        }
        return counts;
    }
}
