package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.FolderSnapshot;
import com.districtbulletin.support.IngestTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Resubmission and idempotence (data contract sections 1, 6 and 7): new content for a key
 * replaces the earlier version whole and keeps it as history; a file rejected whole leaves the
 * earlier version in force; an unchanged input changes nothing; the input folder is only read.
 */
@Tag("database")
class ResubmissionTest extends IngestTestBase {

    private static final String FILE = "2024/420115_2024_meetings.csv";
    private static final List<String> TABLES = List.of("submission", "problem", "rejected_row", "meetings",
            "inspections", "appointments", "suggestions", "district", "input_file");

    @Test
    void newContentReplacesTheEarlierVersionWholeAndKeepsItAsHistory() throws Exception {
        write(FILE, lines(MEETINGS_HEADER,
                "HY-01,主任会议,2024-03-05,1,0,0,0,",
                "HY-02,主任会议,2024-04-05,1,0,0,0,",
                "HY-03,主任会议,2024-02-30,1,0,0,0,"));
        run(2024);
        Long v1 = inForce("420115", 2024, "meetings");
        assertThat(problems(2024, FILE)).containsExactly("4|meeting_date|2024-02-30|BAD_DATE");

        write(FILE, lines(MEETINGS_HEADER,
                "HY-01,常委会会议,2024-03-05,7,0,0,0,",
                "HY-04,主任会议,2024-05-05,1,0,0,0,"));
        run(2024);

        Long v2 = inForce("420115", 2024, "meetings");
        assertThat(v2).isNotEqualTo(v1);
        assertThat(states(FILE)).containsExactly("superseded", "in_force");
        assertThat(jdbc.queryForList("SELECT meeting_id || ' ' || meeting_type || ' ' || reports_heard FROM meetings"
                + " WHERE submission_id = ? ORDER BY line_no", String.class, v2))
                .containsExactly("HY-01 standing_committee 7", "HY-04 chairpersons 1");
        // the earlier version and its rows stay, marked superseded
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings WHERE submission_id = ? ORDER BY line_no",
                String.class, v1)).containsExactly("HY-01", "HY-02");
        assertThat(count("SELECT COUNT(*) FROM rejected_row WHERE submission_id = ?", v1)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM problem WHERE submission_id = ?", v1)).isEqualTo(1);
        // the report describes the version in force only
        assertThat(problems(2024, FILE)).isEmpty();

        // a third version under the Chinese alias, in another folder, the old file gone
        Files.delete(input.resolve(FILE));
        write("江夏区/420115_2024_会议.csv", lines("会议编号,会议类型,会议日期", "HY-09,主任会议,2024年6月1日"));
        run(2024);

        Long v3 = inForce("420115", 2024, "meetings");
        assertThat(v3).isNotIn(v1, v2);
        assertThat(states(FILE)).containsExactly("superseded", "superseded");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings WHERE submission_id = ?", String.class, v3))
                .containsExactly("HY-09");
        assertThat(count("SELECT COUNT(*) FROM meetings")).isEqualTo(5);
    }

    @Test
    void aNewVersionRejectedWholeLeavesTheEarlierOneInForce() throws Exception {
        String v1Text = lines(MEETINGS_HEADER, MEETING_ROW, "HY-02,主任会议,2024-02-30,,,,,");
        write(FILE, v1Text);
        run(2024);
        Long v1 = inForce("420115", 2024, "meetings");

        write(FILE, lines("meeting_id,meeting_date", "HY-01,2024-03-05"));            // MISSING_COLUMN
        run(2024);
        assertThat(inForce("420115", 2024, "meetings")).isEqualTo(v1);
        assertThat(states(FILE)).containsExactly("in_force", "rejected");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings", String.class)).containsExactly("HY-01");
        assertThat(problems(2024, FILE)).containsExactlyInAnyOrder(
                "1|meeting_type||MISSING_COLUMN",            // the file now in input/
                "3|meeting_date|2024-02-30|BAD_DATE");       // the version in force

        writeBytes(FILE, new byte[] {'m', ',', (byte) 0xFF, (byte) 0xFF, '\n'});    // ENCODING
        run(2024);
        assertThat(inForce("420115", 2024, "meetings")).isEqualTo(v1);
        assertThat(problems(2024, FILE)).containsExactlyInAnyOrder("|||ENCODING", "3|meeting_date|2024-02-30|BAD_DATE");

        write(FILE, v1Text);                                                         // back to the content in force
        run(2024);
        assertThat(inForce("420115", 2024, "meetings")).isEqualTo(v1);
        assertThat(states(FILE)).containsExactly("in_force", "rejected", "rejected");
        assertThat(problems(2024, FILE)).containsExactly("3|meeting_date|2024-02-30|BAD_DATE");
    }

    @Test
    void conflictingFilesLeaveTheEarlierVersionInForceUntilOneIsRemoved() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);
        Long v1 = inForce("420115", 2024, "meetings");

        write("2024/420115_2024_会议.csv", lines(MEETINGS_HEADER, "HY-02,主任会议,2024-04-01,,,,,"));
        run(2024);

        assertThat(inForce("420115", 2024, "meetings")).isEqualTo(v1);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(report(2024)).extracting(ReportRow::key).containsExactlyInAnyOrder(
                "2024/420115_2024_会议.csv||||CONFLICTING_FILES",
                "420115_2024_meetings.csv||||CONFLICTING_FILES");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message()).contains("2024/420115_2024_会议.csv");
        assertThat(report(2024, "2024/420115_2024_会议.csv").get(0).message()).contains("420115_2024_meetings.csv");

        Files.delete(input.resolve("420115_2024_meetings.csv"));
        run(2024);

        Long v2 = inForce("420115", 2024, "meetings");
        assertThat(v2).isNotEqualTo(v1);
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings WHERE submission_id = ?", String.class, v2))
                .containsExactly("HY-02");
        assertThat(report(2024)).isEmpty();
    }

    @Test
    void earlierContentSentAgainIsPutBackInForceAsANewVersion() throws Exception {
        String v1Text = lines(MEETINGS_HEADER, MEETING_ROW);
        write(FILE, v1Text);
        run(2024);
        Long v1 = inForce("420115", 2024, "meetings");
        write(FILE, lines(MEETINGS_HEADER, "HY-02,主任会议,2024-04-01,,,,,"));
        run(2024);

        write(FILE, v1Text);
        run(2024);

        Long v3 = inForce("420115", 2024, "meetings");
        assertThat(v3).isNotEqualTo(v1);
        assertThat(states(FILE)).containsExactly("superseded", "superseded", "in_force");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings WHERE submission_id = ?", String.class, v3))
                .containsExactly("HY-01");
    }

    @Test
    void aFileMovedWithinTheInputFolderIsUnchangedAndReportedWhereItNowIs() throws Exception {
        String text = lines(MEETINGS_HEADER, MEETING_ROW, "HY-02,主任会议,2024-02-30,,,,,");
        write("420115_2024_meetings.csv", text);
        run(2024);
        Long v1 = inForce("420115", 2024, "meetings");

        Files.move(input.resolve("420115_2024_meetings.csv"),
                Files.createDirectories(input.resolve("2024/江夏区")).resolve("420115_2024_meetings.csv"));
        run(2024);

        assertThat(inForce("420115", 2024, "meetings")).isEqualTo(v1);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(report(2024)).extracting(ReportRow::key)
                .containsExactly("2024/江夏区/420115_2024_meetings.csv|3|meeting_date|2024-02-30|BAD_DATE");
    }

    @Test
    void runningTwiceOnUnchangedInputChangesNoStoredRow() throws Exception {
        writeEveryKindOfFile();
        run(2024);
        Map<String, List<String>> first = dump();
        byte[] report = Files.readAllBytes(reportFile(2024));
        assertThat(first.get("submission")).hasSizeGreaterThan(5);
        assertThat(first.get("problem")).hasSizeGreaterThan(5);
        assertThat(first.get("rejected_row")).isNotEmpty();

        run(2024);
        assertThat(dump()).isEqualTo(first);
        assertThat(Files.readAllBytes(reportFile(2024))).isEqualTo(report);

        run(2023);                                                  // another year: still nothing to read
        assertThat(dump()).isEqualTo(first);
        run(2024);
        assertThat(dump()).isEqualTo(first);
        assertThat(Files.readAllBytes(reportFile(2024))).isEqualTo(report);
    }

    @Test
    void theInputFolderIsOnlyRead() throws Exception {
        writeEveryKindOfFile();
        FileTime old = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        FolderSnapshot before = FolderSnapshot.of(input);

        run(2024);
        run(2023);
        run(2024);

        assertThat(FolderSnapshot.of(input)).isEqualTo(before);
        assertThat(output).exists();
        assertThat(output.startsWith(input)).isFalse();
    }

    /** Accepted, partly rejected, rejected whole, badly named, conflicting and warned-about files of two years. */
    private void writeEveryKindOfFile() throws Exception {
        write("2024/420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, "HY-02,主任会议,2024-02-30,,,,,"));
        write("2024/420115_2024_任免.csv", lines(APPOINTMENTS_HEADER, APPOINTMENT_ROW,
                "RM-02,2024-03-05,任命,人民政府,局长,,HY-99,否,否", "RM-02,2024-03-05,任命,人民政府,局长,,,否,否"),
                GB18030);
        write("2024/420115_2024_suggestions.csv", lines(SUGGESTIONS_HEADER, SUGGESTION_ROW,
                "JY-02,suggestion,2024-01-10,economy,区发改局,N,closed,,,"));
        write("2024/420115_2024_inspections.csv", lines(INSPECTIONS_HEADER + ",备注", INSPECTION_ROW + ",x"));
        write("2024/420102_2024_meetings.csv", lines("meeting_id", "HY-01"));                    // MISSING_COLUMN
        writeBytes("2024/420102_2024_inspections.csv", new byte[] {(byte) 0xFF, (byte) 0xFF});  // ENCODING
        write("2024/420102_2024_appointments.csv", APPOINTMENTS_HEADER + "\n");                 // EMPTY_FILE
        write("2024/420102_2024_suggestions.csv", lines(SUGGESTIONS_HEADER, SUGGESTION_ROW));
        write("2024/a/420102_2024_代表建议.csv", lines(SUGGESTIONS_HEADER, SUGGESTION_ROW));     // CONFLICTING_FILES
        write("2024/42011_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));             // FILE_NAME
        write("2024/999999_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));            // UNKNOWN_DISTRICT
        write("2023/420115_2023_meetings.csv", lines(MEETINGS_HEADER,
                "HY-01,常委会会议,2023-03-05,1,1,1,1,", "HY-01,常委会会议,2023-04-05,1,1,1,1,"));
    }

    /** Every row of the product's tables, as text, sorted. */
    private Map<String, List<String>> dump() {
        Map<String, List<String>> dump = new java.util.TreeMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                if (table.equals("input_file")) {
                    row.remove("signature"); // what the scan saw on disk, taken once the file is old enough
                }
                rows.add(row.toString());
            }
            rows.sort(null);
            dump.put(table, rows);
        }
        return dump;
    }

    @Test
    void aFileRewrittenInPlaceWithItsSizeAndModificationTimeIsSeenThoughItsFingerprintWasKept() throws Exception {
        Path file = write(FILE, lines(MEETINGS_HEADER, "HY-01,主任会议,2024-03-05,1,0,0,0,"));
        write("2024/420115_2024_inspections.csv", lines(INSPECTIONS_HEADER, INSPECTION_ROW));
        Thread.sleep(FileSignature.SETTLED.toMillis() + 100); // until the files' signatures can be trusted
        run(2024);
        Long v1 = inForce("420115", 2024, "meetings");
        assertThat(fingerprintsKept(run(2024))).isEqualTo(2);
        assertThat(inForce("420115", 2024, "meetings")).isEqualTo(v1);

        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, lines(MEETINGS_HEADER, "HY-01,主任会议,2024-03-05,2,0,0,0,"));
        Files.setLastModifiedTime(file, modified);
        assertThat(fingerprintsKept(run(2024))).isEqualTo(1);
        assertThat(inForce("420115", 2024, "meetings")).isNotEqualTo(v1);
        assertThat(states(FILE)).containsExactly("superseded", "in_force");
    }

    private static long fingerprintsKept(org.springframework.batch.core.job.JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("scanInput")).findFirst()
                .orElseThrow().getExecutionContext().getLong(ScanInputTasklet.FINGERPRINTS_KEPT);
    }
}
