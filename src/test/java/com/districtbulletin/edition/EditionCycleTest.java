package com.districtbulletin.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.job.RunParameters;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.SampleInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The office's year, end to end (contract section 7, issue 10): provisional → final → a late
 * correction for the closed year (pending: reported, no published figure moves, the final files
 * stay byte for byte) → revision r1 (exactly the changed figures, with their cause) → the final
 * edition asked again with nothing pending (nothing written, said so) → the next year's
 * provisional edition, whose year-on-year changes use the revised figures. On H2 and PostgreSQL.
 */
@Tag("database")
class EditionCycleTest extends BulletinTestBase {

    private static final String MEETINGS = "990102_2023_meetings.csv";
    private static final String SESSIONS = "meetings.standing_committee_sessions";

    @Test
    void provisionalFinalPendingRevisionNothingPendingThenTheNextYear() throws Exception {
        SampleInput.copyDistrictsTo(input, "990101", "990102", "990103");
        Path y2023 = output.resolve("2023");
        Path y2024 = output.resolve("2024");

        // 1. provisional 2023
        run(2023, Edition.PROVISIONAL);
        assertThat(y2023.resolve("bulletin-2023.pdf")).exists();
        assertThat(finalFiles(y2023)).isEmpty();
        assertThat(text(y2023.resolve("bulletin-2023.pdf"))).contains("初步统计");
        // no issuer configured: none printed (--help: 无（不印发布机关）)
        assertThat(com.districtbulletin.support.PdfText.pages(y2023.resolve("bulletin-2023.pdf")).get(0))
                .doesNotContain("办公厅");

        // 2. final 2023: the year closes
        run(2023, Edition.FINAL);
        assertThat(finalFiles(y2023)).containsExactly("bulletin-2023-final.pdf", "statistics-final.csv");
        assertThat(Files.readAllBytes(y2023.resolve("statistics-final.csv")))
                .isEqualTo(Files.readAllBytes(y2023.resolve("statistics.csv")));
        assertThat(Files.readAllBytes(y2023.resolve("bulletin-2023-final.pdf")))
                .isEqualTo(Files.readAllBytes(y2023.resolve("bulletin-2023.pdf")));
        assertThat(keptFile(2023, 0, "bulletin-2023-final.pdf"))
                .isEqualTo(Files.readAllBytes(y2023.resolve("bulletin-2023-final.pdf")));
        Map<String, String[]> published = figures(y2023.resolve("statistics-final.csv"));
        int sessionsPublished = Integer.parseInt(published.get("990102|" + SESSIONS)[0]);
        Map<Path, byte[]> closedFiles = snapshot(y2023, "bulletin-2023.pdf", "bulletin-2023-final.pdf",
                "statistics.csv", "statistics.xlsx", "statistics-final.csv");

        // 3. a late correction for the closed year: one more 常委会会议, and a row with a bad date
        Path meetings = input.resolve(MEETINGS);
        int lines = Files.readAllLines(meetings, StandardCharsets.UTF_8).size();
        Files.writeString(meetings, "HY2023-22,常委会会议,2023/12/20,2,1,1,20,补报的常委会会议\n"
                + "HY2023-23,常委会会议,2023/13/01,1,0,0,10,日期填错的一行\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        JobExecution provisional = run(2023, Edition.PROVISIONAL);
        assertUnchanged(closedFiles);
        assertThat(finalFiles(y2023)).containsExactly("bulletin-2023-final.pdf", "statistics-final.csv");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'pending' AND file_path = ?", MEETINGS))
                .isEqualTo(1);
        // the appointments naming these meetings were checked again, but came out the same: not pending
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'pending'")).isEqualTo(1);
        assertThat(statisticValue(2023, "990102", SESSIONS)).isEqualTo(sessionsPublished);
        // reported: the pending version's rejected row, and the receipt's line
        assertThat(Files.readAllLines(y2023.resolve("validation-report.csv"), StandardCharsets.UTF_8))
                .anySatisfy(row -> assertThat(row).startsWith(MEETINGS + "," + (lines + 2) + ",meeting_date,")
                        .contains(",BAD_DATE,（待修订发布）"));
        assertThat(text(y2023.resolve("districts/990102/receipt-990102-2023.pdf"))).contains("待修订发布");
        Map<?, ?> summary = new ObjectMapper().readValue(y2023.resolve("run-summary.json").toFile(), Map.class);
        assertThat(summary.get("editions")).isEqualTo(List.of());
        assertThat(summary.get("closedYears").toString()).contains("2023").contains(MEETINGS);
        assertThat(summary.get("notes").toString()).contains("2023年已发布正式版").contains("待修订发布");
        assertThat(provisional.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // the open year 2024 compares with the published 2023 figures, not the pending ones
        run(2024, Edition.PROVISIONAL);
        Map<String, String[]> before = figures(y2024.resolve("statistics.csv"));
        int sessions2024 = Integer.parseInt(before.get("990102|" + SESSIONS)[0]);
        assertThat(before.get("990102|" + SESSIONS)[2]).isEqualTo(Integer.toString(sessions2024 - sessionsPublished));

        // 4. revision r1: the pending versions go in force; exactly the changed figures are listed, with their cause
        run(2023, Edition.FINAL);
        assertThat(finalFiles(y2023)).containsExactly("bulletin-2023-final-r1.pdf", "bulletin-2023-final.pdf",
                "revisions-final-r1.csv", "statistics-final-r1.csv", "statistics-final.csv");
        assertThat(Files.readAllBytes(y2023.resolve("bulletin-2023-final.pdf")))
                .isEqualTo(closedFiles.get(y2023.resolve("bulletin-2023-final.pdf")));
        assertThat(Files.readAllBytes(y2023.resolve("statistics-final.csv")))
                .isEqualTo(closedFiles.get(y2023.resolve("statistics-final.csv")));
        Map<String, String[]> revised = figures(y2023.resolve("statistics-final-r1.csv"));
        assertThat(Integer.parseInt(revised.get("990102|" + SESSIONS)[0])).isEqualTo(sessionsPublished + 1);
        List<String[]> revisions = revisionRows(y2023.resolve("revisions-final-r1.csv"));
        Map<String, String> expected = new TreeMap<>();
        published.forEach((key, old) -> {
            String[] now = revised.get(key);
            if (!old[0].equals(now[0]) || !old[1].equals(now[1])) {
                expected.put("2023|" + key, old[0] + "|" + now[0] + "|" + old[1] + "|" + now[1]);
            }
        });
        // the 2024 figures the revision recomputed, as 2024's next provisional edition publishes them
        run(2024, Edition.PROVISIONAL);
        Map<String, String[]> revised2024 = figures(y2024.resolve("statistics.csv"));
        before.forEach((key, old) -> {
            String[] now = revised2024.get(key);
            if (!old[2].equals(now[2])) {
                expected.put("2024|" + key + ":yoy_change", old[2] + "|" + now[2] + "|" + old[1] + "|" + now[1]);
            }
        });
        Map<String, String> listed = new TreeMap<>();
        for (String[] r : revisions) {
            listed.put(r[0] + "|" + r[1] + "|" + r[3], r[4] + "|" + r[5] + "|" + r[6] + "|" + r[7]);
            assertThat(r[8]).as("cause of " + String.join(",", r)).isEqualTo(MEETINGS);
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(listed).containsKeys("2023|990102|" + SESSIONS, "2023|ALL|" + SESSIONS,
                "2024|990102|" + SESSIONS + ":yoy_change");
        String r1 = text(y2023.resolve("bulletin-2023-final-r1.pdf"));
        assertThat(r1).contains("修订版").contains("修订说明").contains("第1次修订").contains(MEETINGS);
        assertThat(keptFile(2023, 1, "revisions-final-r1.csv"))
                .isEqualTo(Files.readAllBytes(y2023.resolve("revisions-final-r1.csv")));
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'pending'")).isZero();

        // 5. the final edition asked again with nothing pending: nothing written, said so
        Map<Path, byte[]> afterRevision = snapshot(y2023, finalFiles(y2023).toArray(String[]::new));
        afterRevision.putAll(snapshot(y2023, "bulletin-2023.pdf", "statistics.csv"));
        long editions = count("SELECT COUNT(*) FROM edition");
        run(2023, Edition.FINAL);
        assertThat(finalFiles(y2023)).hasSize(5);
        assertUnchanged(afterRevision);
        assertThat(count("SELECT COUNT(*) FROM edition")).isEqualTo(editions);
        summary = new ObjectMapper().readValue(y2023.resolve("run-summary.json").toFile(), Map.class);
        assertThat(summary.get("notes").toString()).contains("本次不发布修订版");

        // 6. the next year's provisional edition compares with the revised figures
        assertThat(revised2024.get("990102|" + SESSIONS)[2])
                .isEqualTo(Integer.toString(sessions2024 - (sessionsPublished + 1)));
        // and its trends say which years' figures are final
        assertThat(text(y2024.resolve("bulletin-2024.pdf"))).contains("2023年为正式发布数据（含修订），2024年为初步统计数据");
    }

    /**
     * A registry correction after the final edition (contract section 4): the closed year keeps
     * its figures until the year-end command publishes a revision, whose changed figures — the
     * rates per 100 deputies of the district and the municipality — name districts.csv as cause.
     */
    @Test
    void aRegistryCorrectionIsPublishedAsARevisionCausedByTheRegistry() throws Exception {
        SampleInput.copyDistrictsTo(input, "990101", "990102", "990103");
        run(2023, Edition.FINAL);
        Path registry = input.resolve("districts.csv");
        Files.writeString(registry, Files.readString(registry, StandardCharsets.UTF_8)
                .replace("990101,青溪区,268,", "990101,青溪区,300,"), StandardCharsets.UTF_8);
        byte[] published = Files.readAllBytes(output.resolve("2023/statistics.csv"));

        run(2023, Edition.PROVISIONAL);
        assertThat(Files.readAllBytes(output.resolve("2023/statistics.csv"))).isEqualTo(published);
        Map<?, ?> summary = new ObjectMapper().readValue(output.resolve("2023/run-summary.json").toFile(), Map.class);
        assertThat(summary.get("notes").toString()).contains("区划名录（districts.csv）自2023年正式版发布以来有变化");

        run(2023, Edition.FINAL);
        List<String[]> revisions = revisionRows(output.resolve("2023/revisions-final-r1.csv"));
        assertThat(revisions).isNotEmpty().allSatisfy(r -> {
            assertThat(r[8]).isEqualTo("districts.csv");
            assertThat(r[3]).contains("per_100_deputies");
            assertThat(r[1]).isIn("990101", "ALL");
        });
        assertThat(revisions).anySatisfy(r -> assertThat(r[1] + " " + r[3])
                .isEqualTo("990101 suggestions.per_100_deputies"));
    }

    private JobExecution run(int year, Edition edition) throws Exception {
        JobExecution execution = launcher.run(new RunParameters(year, input, output, edition));
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    private static List<String> finalFiles(Path yearOutput) throws IOException {
        try (Stream<Path> files = Files.list(yearOutput)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains("-final")).sorted().toList();
        }
    }

    private static Map<Path, byte[]> snapshot(Path folder, String... names) throws IOException {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        for (String name : names) {
            bytes.put(folder.resolve(name), Files.readAllBytes(folder.resolve(name)));
        }
        return bytes;
    }

    private static void assertUnchanged(Map<Path, byte[]> files) throws IOException {
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            assertThat(Files.readAllBytes(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
        }
    }

    private byte[] keptFile(int year, int revision, String name) {
        return jdbc.queryForObject("SELECT f.content FROM edition_file f JOIN edition e ON e.id = f.edition_id"
                + " WHERE e.report_year = ? AND e.final_revision = ? AND f.file_name = ?", byte[].class, year, revision,
                name);
    }

    private int statisticValue(int year, String district, String metric) {
        return jdbc.queryForObject("SELECT metric_value FROM statistic WHERE report_year = ? AND district_code = ?"
                + " AND metric = ?", java.math.BigDecimal.class, year, district, metric).intValue();
    }

    /** statistics.csv by "district|metric": value, status, year-on-year change. */
    private static Map<String, String[]> figures(Path csv) throws IOException {
        Map<String, String[]> figures = new LinkedHashMap<>();
        for (CSVRecord r : records(csv)) {
            figures.put(r.get("district_code") + "|" + r.get("metric"),
                    new String[] {r.get("value"), r.get("status"), r.get("yoy_change")});
        }
        return figures;
    }

    private static List<String[]> revisionRows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (CSVRecord r : records(csv)) {
            assertThat(r.getParser().getHeaderNames()).containsExactly("year", "district_code", "district_name",
                    "metric", "old_value", "new_value", "old_status", "new_status", "cause");
            rows.add(r.values());
        }
        return rows;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        try (Reader reader = new java.io.StringReader(content.substring(1))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String text(Path pdf) throws IOException {
        return PdfText.of(pdf);
    }
}
