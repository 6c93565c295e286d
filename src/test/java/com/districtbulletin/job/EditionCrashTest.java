package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.H2Database;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.ProductProcess;
import com.districtbulletin.support.SampleInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kill -9 while a final edition or a revision is being published — once its figures are being
 * computed (the revision's pending versions already in force), while its bulletin is in a
 * temporary file, and once its files are written but the edition not yet recorded as published
 * — then the same command again: the edition is complete and its files are byte for byte those
 * of a run that was never interrupted; no edition file is ever visible half-written. A separate
 * process, on H2 and on PostgreSQL.
 */
@Tag("database")
class EditionCrashTest {

    private static final String DATABASE = System.getProperty("bulletin.test.db", "h2");
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String CORRECTION = "HY2023-22,常委会会议,2023/12/20,2,1,1,20,补报的常委会会议\n";

    @TempDir
    static Path shared;
    /** The files of 2023 after an uninterrupted final edition and an uninterrupted revision r1. */
    static Map<String, byte[]> finalFiles;
    static Map<String, byte[]> revisedFiles;

    @BeforeAll
    static void uninterrupted() throws Exception {
        Path input = shared.resolve("input");
        SampleInput.copyTo(input);
        String url = newDatabase();
        Path output = shared.resolve("output");
        run(shared.resolve("final.log"), url, input, output, List.of());
        finalFiles = editionFiles(output);
        correct(input);
        run(shared.resolve("revision.log"), url, input, output, List.of());
        revisedFiles = editionFiles(output);
        assertThat(finalFiles).containsKeys("bulletin-2023-final.pdf", "statistics-final.csv", "bulletin-2023.pdf");
        assertThat(revisedFiles).containsKeys("bulletin-2023-final-r1.pdf", "statistics-final-r1.csv",
                "revisions-final-r1.csv");
    }

    @ParameterizedTest(name = "{0} killed at {1}")
    @CsvSource({"final, render", "final, publish", "revision, statistics", "revision, render", "revision, publish"})
    void anEditionKilledWhilePublishedIsFinishedByTheSameCommand(String edition, String point, @TempDir Path work)
            throws Exception {
        Crashed crashed = crash(edition, point, work);
        Path input = crashed.input();
        String url = crashed.url();
        Path output = crashed.output();
        Map<String, byte[]> expected = crashed.expected();
        // whatever file of a final edition is visible is whole: exactly the uninterrupted run's; the
        // latest-edition files are the previous edition's or the new one's, never a mixture
        Map<String, byte[]> visible = editionFiles(output);
        for (Map.Entry<String, byte[]> file : visible.entrySet()) {
            if (file.getKey().contains("-final")) {
                assertThat(file.getValue()).as(file.getKey() + " visible after kill -9 at " + point)
                        .isEqualTo(expected.get(file.getKey()));
            } else if (file.getKey().endsWith(".pdf")) {
                assertThat(java.util.Arrays.equals(file.getValue(), finalFiles.get(file.getKey()))
                        || java.util.Arrays.equals(file.getValue(), expected.get(file.getKey())))
                        .as(file.getKey() + " visible after kill -9 at " + point + " is a whole edition's").isTrue();
            }
        }
        String newest = edition.equals("revision") ? "bulletin-2023-final-r1.pdf" : "bulletin-2023-final.pdf";
        assertThat(visible.containsKey(newest)).as(newest + " visible after kill -9 at " + point)
                .isEqualTo(point.equals("publish"));

        run(work.resolve("rerun.log"), url, input, output, List.of());
        Map<String, byte[]> after = editionFiles(output);
        assertThat(after.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        // one final edition (and one r1), published, its files kept byte for byte
        assertThat(editions(url)).isEqualTo(edition.equals("revision") ? List.of("0 published", "1 published")
                : List.of("0 published"));
        assertThat(keptFile(url, newest)).isEqualTo(expected.get(newest));
    }

    /**
     * The edition left half-published, then the nightly run — over the open years, with a late
     * correction for the year now closed, one row of it wrong — before the year-end command is
     * run again: the nightly run finishes the edition from what was kept (not from the late
     * file, which waits as pending revision), and the edition's files are the uninterrupted run's.
     */
    @ParameterizedTest(name = "{0} killed at {1}, then a nightly run")
    @CsvSource({"final, publish", "final, statistics", "revision, statistics", "revision, publish"})
    void anotherCommandAfterTheCrashFinishesTheEditionAsItWasComputed(String edition, String point,
                                                                       @TempDir Path work) throws Exception {
        Crashed crashed = crash(edition, point, work);
        Path input = crashed.input();
        String url = crashed.url();
        Path output = crashed.output();
        Map<String, byte[]> expected = crashed.expected();

        Files.writeString(input.resolve("2023/990103_2023_meetings.csv"),
                "HY2023-90,常委会会议,2023/12/28,1,1,0,15,补报\nHY2023-91,常委会会议,2023/02/30,1,0,0,9,日期错误\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<String> nightly = new ArrayList<>(args(url, input, output));
        nightly.set(0, "--bulletin.year=open");
        nightly.remove("--bulletin.edition=final");
        ProductProcess night = ProductProcess.start(work.resolve("nightly.log"), List.of(), nightly);
        assertThat(night.awaitExit(TIMEOUT)).as(night.log()).isZero();

        Map<String, byte[]> after = editionFiles(output);
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            if (file.getKey().contains("-final")) {
                assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
        assertThat(editions(url)).isEqualTo(edition.equals("revision") ? List.of("0 published", "1 published")
                : List.of("0 published"));
        // the late file waits for the next revision, which the year-end command then publishes, caused by it alone
        assertThat(Files.readString(output.resolve("2023/validation-report.csv"), StandardCharsets.UTF_8))
                .contains("2023/990103_2023_meetings.csv").contains("（待修订发布）");
        run(work.resolve("year-end.log"), url, input, output, List.of());
        String next = edition.equals("revision") ? "r2" : "r1";
        List<String> revisions = Files.readAllLines(output.resolve("2023/revisions-final-" + next + ".csv"),
                StandardCharsets.UTF_8);
        assertThat(revisions).hasSizeGreaterThan(1);
        assertThat(revisions.subList(1, revisions.size()))
                .allSatisfy(line -> assertThat(line).endsWith(",2023/990103_2023_meetings.csv"));
    }

    /** A database, its input and output, the edition killed at {@code point}, and the files an uninterrupted run gives. */
    record Crashed(Path input, String url, Path output, Map<String, byte[]> expected) {
    }

    /** The final edition (or, after it and a correction, revision r1) published and killed at {@code point}. */
    private static Crashed crash(String edition, String point, Path work) throws Exception {
        Path input = work.resolve("input");
        SampleInput.copyTo(input);
        String url = newDatabase();
        Path output = work.resolve("output");
        Map<String, byte[]> expected = finalFiles;
        if (edition.equals("revision")) {
            run(work.resolve("final.log"), url, input, output, List.of());
            correct(input);
            expected = revisedFiles;
        }
        ProductProcess crashing = ProductProcess.start(work.resolve("crashing.log"),
                List.of("-Dbulletin.debug.pause-at=" + point), args(url, input, output));
        crashing.awaitLog("PAUSE POINT " + point + " reached", TIMEOUT);
        crashing.kill();
        return new Crashed(input, url, output, expected);
    }

    private static void correct(Path input) throws Exception {
        Files.writeString(input.resolve("990102_2023_meetings.csv"), CORRECTION, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private static void run(Path log, String url, Path input, Path output, List<String> properties)
            throws Exception {
        ProductProcess run = ProductProcess.start(log, properties, args(url, input, output));
        assertThat(run.awaitExit(TIMEOUT)).as(run.log()).isZero();
    }

    /** The 2023 bulletins and statistics files, by name (charts, receipts and reports left aside). */
    private static Map<String, byte[]> editionFiles(Path output) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        Path year = output.resolve("2023");
        if (!Files.isDirectory(year)) {
            return files;
        }
        try (Stream<Path> list = Files.list(year)) {
            for (Path f : list.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("bulletin-") || name.startsWith("statistics") && name.endsWith(".csv")
                        || name.startsWith("revisions-")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    private static List<String> editions(String url) throws Exception {
        List<String> editions = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT final_revision, state FROM edition WHERE kind = 'final'"
                     + " ORDER BY final_revision")) {
            while (rs.next()) {
                editions.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return editions;
    }

    private static byte[] keptFile(String url, String name) throws Exception {
        try (Connection c = connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT content FROM edition_file WHERE file_name = '" + name + "'")) {
            assertThat(rs.next()).as(name + " kept").isTrue();
            return rs.getBytes(1);
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, DATABASE.equals("postgres") ? PostgresDatabase.USER : "sa", "");
    }

    private static List<String> args(String url, Path input, Path output) {
        List<String> args = new ArrayList<>(List.of("--bulletin.year=2023", "--bulletin.edition=final",
                "--bulletin.input=" + input, "--bulletin.output=" + output, "--spring.datasource.url=" + url));
        if (DATABASE.equals("postgres")) {
            args.add("--spring.datasource.username=" + PostgresDatabase.USER);
            args.add("--spring.datasource.password=");
        }
        return args;
    }

    private static String newDatabase() {
        return DATABASE.equals("postgres") ? PostgresDatabase.create() : H2Database.create();
    }
}
