package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.support.SampleInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A final edition or a revision of 2023 stopped while it is published — once its figures are being
 * computed (the revision's pending versions already in force), while its bulletin is in a
 * temporary file, once its files are written but the edition not yet recorded as published — and
 * what must hold then. Played by {@link EditionCrashTest}, with kill -9 of a real process (one case
 * per pause point) or with {@code PausePoint.crashAt} (the other cases), on the same assertions.
 */
final class EditionCrashScenarios {

    private static final String CORRECTION = "HY2023-22,常委会会议,2023/12/20,2,1,1,20,补报的常委会会议\n";

    /** The product as a scenario drives it: on one database, input and output folder. */
    interface Product {

        /** The year-end command for 2023 (final edition, or a revision), run to its end. */
        void yearEnd() throws Exception;

        /** The year-end command for 2023, stopped at the pause point {@code point} as if its process died there. */
        void yearEndStoppedAt(String point) throws Exception;

        /** The nightly run over the open years, run to its end. */
        void nightly() throws Exception;

        /** The final editions, as "revision state": "0 published", "1 published". */
        List<String> finalEditions() throws Exception;

        /** The bytes of an edition file kept in the database. */
        byte[] keptFile(String name) throws Exception;
    }

    /** The 2023 files of an uninterrupted final edition and of an uninterrupted revision r1 after it. */
    record Uninterrupted(Map<String, byte[]> finalFiles, Map<String, byte[]> revisedFiles) {

        Map<String, byte[]> of(String edition) {
            return edition.equals("revision") ? revisedFiles : finalFiles;
        }
    }

    private EditionCrashScenarios() {
    }

    /**
     * The input of every scenario: the sample's files of the two districts the scenarios correct
     * (990102's 2023 meetings before the year-end command, 990103's after it), of the four datasets
     * of contract v1, and a registry of these two alone. The scenarios are about how an edition is
     * published, not what it shows: each of the many runs writes two receipts and profiles and a
     * bulletin of two districts with the tables and charts of four datasets (12 charts, not 26).
     */
    static void input(Path target) {
        SampleInput.copyMunicipalityOf(target,
                EnumSet.of(Dataset.MEETINGS, Dataset.INSPECTIONS, Dataset.APPOINTMENTS, Dataset.SUGGESTIONS),
                "990102", "990103");
    }

    static Uninterrupted uninterrupted(Product product, Path input, Path output) throws Exception {
        product.yearEnd();
        Map<String, byte[]> finalFiles = editionFiles(output);
        correct(input);
        product.yearEnd();
        Map<String, byte[]> revisedFiles = editionFiles(output);
        assertThat(finalFiles).containsKeys("bulletin-2023-final.pdf", "statistics-final.csv", "bulletin-2023.pdf");
        assertThat(revisedFiles).containsKeys("bulletin-2023-final-r1.pdf", "statistics-final-r1.csv",
                "revisions-final-r1.csv");
        return new Uninterrupted(finalFiles, revisedFiles);
    }

    /** The final edition (or, after it and a correction, revision r1) stopped at {@code point}. */
    static void stop(Product product, Path input, String edition, String point) throws Exception {
        if (edition.equals("revision")) {
            product.yearEnd();
            correct(input);
        }
        product.yearEndStoppedAt(point);
    }

    /**
     * After the stop, whatever file of a final edition is visible is whole (exactly the
     * uninterrupted run's) and the latest-edition files are the previous edition's or the new
     * one's; the same command again completes the edition, its files byte for byte the
     * uninterrupted run's, and the edition is recorded once with its file kept.
     */
    static void finishedByTheSameCommand(Product product, Path output, Uninterrupted uninterrupted, String edition,
                                         String point) throws Exception {
        Map<String, byte[]> expected = uninterrupted.of(edition);
        Map<String, byte[]> visible = editionFiles(output);
        for (Map.Entry<String, byte[]> file : visible.entrySet()) {
            if (file.getKey().contains("-final")) {
                assertThat(file.getValue()).as(file.getKey() + " visible after the stop at " + point)
                        .isEqualTo(expected.get(file.getKey()));
            } else if (file.getKey().endsWith(".pdf")) {
                assertThat(Arrays.equals(file.getValue(), uninterrupted.finalFiles().get(file.getKey()))
                        || Arrays.equals(file.getValue(), expected.get(file.getKey())))
                        .as(file.getKey() + " visible after the stop at " + point + " is a whole edition's").isTrue();
            }
        }
        String newest = newest(edition);
        assertThat(visible.containsKey(newest)).as(newest + " visible after the stop at " + point)
                .isEqualTo(point.equals("publish"));

        product.yearEnd();
        Map<String, byte[]> after = editionFiles(output);
        assertThat(after.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(product.finalEditions()).isEqualTo(editions(edition));
        assertThat(product.keptFile(newest)).isEqualTo(expected.get(newest));
    }

    /**
     * After the stop, a late correction for the year now closed (one row of it wrong) and the
     * nightly run before the year-end command is run again: the nightly run finishes the edition
     * from what was kept (not from the late file, which waits as pending revision), and the
     * edition's files are the uninterrupted run's; the year-end command then publishes the next
     * revision, caused by the late file alone.
     */
    static void finishedByTheNightlyRun(Product product, Path input, Path output, Uninterrupted uninterrupted,
                                        String edition) throws Exception {
        Files.writeString(input.resolve("2023/990103_2023_meetings.csv"),
                "HY2023-90,常委会会议,2023/12/28,1,1,0,15,补报\nHY2023-91,常委会会议,2023/02/30,1,0,0,9,日期错误\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        product.nightly();

        Map<String, byte[]> after = editionFiles(output);
        for (Map.Entry<String, byte[]> file : uninterrupted.of(edition).entrySet()) {
            if (file.getKey().contains("-final")) {
                assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
        assertThat(product.finalEditions()).isEqualTo(editions(edition));
        assertThat(Files.readString(output.resolve("2023/validation-report.csv"), StandardCharsets.UTF_8))
                .contains("2023/990103_2023_meetings.csv").contains("（待修订发布）");
        product.yearEnd();
        String next = edition.equals("revision") ? "r2" : "r1";
        List<String> revisions = Files.readAllLines(output.resolve("2023/revisions-final-" + next + ".csv"),
                StandardCharsets.UTF_8);
        assertThat(revisions).hasSizeGreaterThan(1);
        assertThat(revisions.subList(1, revisions.size()))
                .allSatisfy(line -> assertThat(line).endsWith(",2023/990103_2023_meetings.csv"));
    }

    private static String newest(String edition) {
        return edition.equals("revision") ? "bulletin-2023-final-r1.pdf" : "bulletin-2023-final.pdf";
    }

    private static List<String> editions(String edition) {
        return edition.equals("revision") ? List.of("0 published", "1 published") : List.of("0 published");
    }

    private static void correct(Path input) throws Exception {
        Files.writeString(input.resolve("990102_2023_meetings.csv"), CORRECTION, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    /** The 2023 bulletins and statistics files, by name (charts, receipts and reports left aside). */
    static Map<String, byte[]> editionFiles(Path output) throws Exception {
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

    /** The final editions' SQL, for both tests. */
    static final String FINAL_EDITIONS = "SELECT final_revision, state FROM edition WHERE kind = 'final'"
            + " ORDER BY final_revision";
    static final String KEPT_FILE = "SELECT content FROM edition_file WHERE file_name = ?";
}
