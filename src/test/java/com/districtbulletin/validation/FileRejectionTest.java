package com.districtbulletin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.text.Chinese;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files rejected whole, and the one file-level warning (data contract sections 1, 2, 6 and 7):
 * each code with a file that has it and one that does not, and the order of section 6 — the
 * first problem found rejects the file and is the only one reported.
 */
class FileRejectionTest extends IngestTestBase {

    private static final String MEETINGS = lines(MEETINGS_HEADER, MEETING_ROW);

    @Test
    void fileName() throws Exception {
        write("2024/420115_2024_meetings.csv", MEETINGS);
        write("2024/42011_2024_meetings.csv", MEETINGS);          // district code of 5 digits
        write("2024/4201150_2024_inspections.csv", MEETINGS);     // 7 digits
        write("2024/420115_2024_meeting.csv", MEETINGS);          // unknown dataset word
        write("2024/420115_2024_会议纪要.csv", MEETINGS);          // unknown Chinese word
        write("2024/江夏区2024会议.csv", MEETINGS);
        write("2024/districts.csv", REGISTRY);                    // the registry is input/districts.csv only

        run(2024);

        for (String bad : new String[] {"2024/42011_2024_meetings.csv", "2024/4201150_2024_inspections.csv",
                "2024/420115_2024_meeting.csv", "2024/420115_2024_会议纪要.csv", "2024/江夏区2024会议.csv",
                "2024/districts.csv"}) {
            assertThat(problems(2024, bad)).as(bad).containsExactly("|||FILE_NAME");
            assertThat(report(2024, bad).get(0).message()).as("the message gives the expected pattern")
                    .contains("区划代码_年度_数据集.csv").contains("420115_2024_meetings.csv");
        }
        assertThat(problems(2024, "2024/420115_2024_meetings.csv")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM submission")).as("only the well-named file is read").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM meetings")).isEqualTo(1);
    }

    @Test
    void unknownDistrict() throws Exception {
        write("420115_2024_meetings.csv", MEETINGS);
        write("999999_2024_meetings.csv", MEETINGS);

        run(2024);

        assertThat(problems(2024, "999999_2024_meetings.csv")).containsExactly("|||UNKNOWN_DISTRICT");
        assertThat(report(2024, "999999_2024_meetings.csv").get(0).message()).contains("999999");
        assertThat(problems(2024, "420115_2024_meetings.csv")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM submission WHERE district_code = '999999'")).isZero();
        assertThat(inForce("420115", 2024, "meetings")).isNotNull();
    }

    @Test
    void conflictingFilesAreBothRejectedEachNamingTheOther() throws Exception {
        write("420115_2024_meetings.csv", MEETINGS);
        write("2024/420115_2024_会议.csv", lines(MEETINGS_HEADER, "HY-02,chairpersons,2024-04-01,,,,,"));
        write("420102_2024_meetings.csv", MEETINGS);              // another district: no conflict
        write("420115_2023_会议.csv", lines(MEETINGS_HEADER, "HY-01,chairpersons,2023-04-01,,,,,")); // another year

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||CONFLICTING_FILES");
        assertThat(problems(2024, "2024/420115_2024_会议.csv")).containsExactly("|||CONFLICTING_FILES");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message()).contains("2024/420115_2024_会议.csv");
        assertThat(report(2024, "2024/420115_2024_会议.csv").get(0).message()).contains("420115_2024_meetings.csv");
        assertThat(inForce("420115", 2024, "meetings")).as("neither file is read").isNull();
        assertThat(inForce("420102", 2024, "meetings")).isNotNull();
        assertThat(inForce("420115", 2023, "meetings")).isNotNull();
    }

    @Test
    void encoding() throws Exception {
        byte[] neither = concat(MEETINGS_HEADER.getBytes(StandardCharsets.UTF_8), new byte[] {'\n'},
                "HY-01,standing_committee,2024-03-05,2,1,1,5,".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFF, '\n'});
        writeBytes("420115_2024_meetings.csv", neither);
        // saved as "Unicode text": UTF-16, bytes valid as UTF-8 but text full of U+0000
        write("420115_2024_inspections.csv", lines(INSPECTIONS_HEADER, INSPECTION_ROW), StandardCharsets.UTF_16LE);
        // one NUL in a cell
        write("420115_2024_appointments.csv", lines(APPOINTMENTS_HEADER, APPOINTMENT_ROW.replace("张三", "张\u0000三")));
        write("420102_2024_meetings.csv", MEETINGS.replace("预算调整", "决算"), GB18030);

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||ENCODING");
        assertThat(problems(2024, "420115_2024_inspections.csv")).containsExactly("|||ENCODING");
        assertThat(problems(2024, "420115_2024_appointments.csv")).containsExactly("|||ENCODING");
        assertThat(states("420115_2024_meetings.csv")).containsExactly("rejected");
        assertThat(count("SELECT COUNT(*) FROM meetings m JOIN submission s ON s.id = m.submission_id"
                + " WHERE s.district_code = '420115'")).isZero();
        assertThat(problems(2024, "420102_2024_meetings.csv")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT topics FROM meetings", String.class)).isEqualTo("决算");
    }

    @Test
    void missingColumnOneRowPerColumnOnTheHeaderLine() throws Exception {
        // the header is the first non-blank line: line 3 here
        write("420115_2024_meetings.csv", "\n\nmeeting_id,reports_heard,topics\nHY-01,2,预算\n");
        // required columns present, every optional one left out: accepted
        write("420102_2024_meetings.csv", lines("meeting_id,meeting_type,meeting_date", "HY-01,主任会议,2024-03-05"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactlyInAnyOrder(
                "3|meeting_type||MISSING_COLUMN",
                "3|meeting_date||MISSING_COLUMN");
        assertThat(report(2024, "420115_2024_meetings.csv")).allSatisfy(r -> assertThat(r.message()).contains("会议"));
        assertThat(states("420115_2024_meetings.csv")).containsExactly("rejected");
        assertThat(problems(2024, "420102_2024_meetings.csv")).isEmpty();
        assertThat(states("420102_2024_meetings.csv")).containsExactly("in_force");
    }

    @Test
    void duplicateColumnOneRowPerColumnConcerned() throws Exception {
        write("420115_2024_meetings.csv", lines(
                "meeting_id,meeting_type,会议编号,meeting_date,Topics,主要议题,TOPICS",
                "HY-01,主任会议,HY-01,2024-03-05,a,b,c"));
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactlyInAnyOrder(
                "1|meeting_id||DUPLICATE_COLUMN",
                "1|topics||DUPLICATE_COLUMN");
        assertThat(states("420115_2024_meetings.csv")).containsExactly("rejected");
        assertThat(problems(2024, "420102_2024_meetings.csv")).isEmpty();
    }

    @Test
    void emptyFile() throws Exception {
        write("420115_2024_meetings.csv", "");                                    // nothing at all
        write("420115_2024_inspections.csv", "\r\n\r\n   \r\n");                  // blank lines only
        write("420115_2024_appointments.csv", APPOINTMENTS_HEADER + "\n");       // header only
        write("420115_2024_suggestions.csv", "\n" + SUGGESTIONS_HEADER + "\n\n\n"); // header and blank lines
        writeBytes("420102_2024_inspections.csv", BOM);                           // a BOM and nothing else
        write("420102_2024_meetings.csv", MEETINGS);                              // header and one row

        run(2024);

        for (String file : new String[] {"420115_2024_meetings.csv", "420115_2024_inspections.csv",
                "420115_2024_appointments.csv", "420115_2024_suggestions.csv", "420102_2024_inspections.csv"}) {
            assertThat(problems(2024, file)).as(file).containsExactly("|||EMPTY_FILE");
            assertThat(states(file)).as(file).containsExactly("rejected");
        }
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message()).contains("表头");
        assertThat(report(2024, "420115_2024_appointments.csv").get(0).message()).contains("数据行");
        assertThat(problems(2024, "420102_2024_meetings.csv")).isEmpty();
    }

    @Test
    void unknownColumnIsAWarningAndTheFileIsStillAccepted() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER + ",备注, Remarks ", MEETING_ROW + ",补报,x",
                "HY-02,chairpersons,2024-04-01,0,0,0,0,,,"));
        write("420102_2024_meetings.csv", MEETINGS);

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactlyInAnyOrder(
                "1|备注||UNKNOWN_COLUMN",
                "1|Remarks||UNKNOWN_COLUMN");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message()).contains("备注");
        Long id = inForce("420115", 2024, "meetings");
        assertThat(count("SELECT COUNT(*) FROM meetings WHERE submission_id = ?", id)).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT rows_accepted, rows_rejected, warnings FROM submission WHERE id = ?", id))
                .containsEntry("rows_accepted", 2).containsEntry("rows_rejected", 0).containsEntry("warnings", 2);
        assertThat(count("SELECT COUNT(*) FROM rejected_row")).isZero();
        assertThat(problems(2024, "420102_2024_meetings.csv")).isEmpty();
    }

    @Test
    void anUnknownColumnWithAVeryLongNameIsStillOnlyAWarning() throws Exception {
        String longName = "备注（" + "请说明".repeat(100) + "）";
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER + "," + longName, MEETING_ROW + ",x"));

        run(2024);

        assertThat(report(2024, "420115_2024_meetings.csv")).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("UNKNOWN_COLUMN");
            assertThat(r.column()).as("cut to a short prefix").isEqualTo(longName.substring(0, Echo.CHARS) + "…（共304字）");
            assertThat(r.message()).contains(r.column()).doesNotContain(longName);
        });
        assertThat(count("SELECT COUNT(*) FROM meetings")).isEqualTo(1);
    }

    @Test
    void aColumnWithAnEmptyHeaderCellIsReportedOnceAndOnlyWhenACellOfItHoldsAValue() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER + ",,", MEETING_ROW + ",,",
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02") + ", ,"));
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER + ",,", MEETING_ROW + ",,备注",
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02") + ",x,y"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).as("blank under the empty header cells").isEmpty();
        assertThat(report(2024, "420102_2024_meetings.csv")).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("UNKNOWN_COLUMN");
            assertThat(r.line()).isEqualTo("1");
            assertThat(r.column()).isEmpty();
            assertThat(r.message()).isEqualTo(Chinese.text("problem.UNKNOWN_COLUMN.emptyHeader"));
        });
    }

    @Test
    void everyUnknownColumnIsReportedAndTheReceiptNamesTenAndCountsTheRest() throws Exception {
        StringBuilder header = new StringBuilder(MEETINGS_HEADER);
        StringBuilder row = new StringBuilder(MEETING_ROW);
        for (int i = 1; i <= 990; i++) {
            header.append(",多余列").append(i);
            row.append(",x");
        }
        write("420115_2024_meetings.csv", lines(header.toString(), row.toString()));

        run(2024);

        List<ReportRow> rows = report(2024, "420115_2024_meetings.csv");
        assertThat(rows).as("the contract: each unknown column a warning, its header cell as written").hasSize(990)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("UNKNOWN_COLUMN"));
        assertThat(rows.get(989).column()).isEqualTo("多余列990");
        assertThat(jdbc.queryForObject("SELECT warnings FROM submission", Integer.class)).isEqualTo(990);
        String receipt = PdfText.of(output.resolve("2024/districts/420115/receipt-420115-2024.pdf"))
                .replaceAll("\\s+", "");
        assertThat(receipt).contains("“多余列10”").doesNotContain("“多余列11”")
                .contains(Chinese.text("problem.UNKNOWN_COLUMN.more", 980).replaceAll("\\s+", ""));
    }

    @Test
    void aCellThatSwallowedOtherRowsIsQuotedOnlyUpToItsFirstLineBreakAndFiftyCharacters() throws Exception {
        // the quote opened in the last cell (oath) of the second row is never closed: it swallows the rows after it
        StringBuilder text = new StringBuilder(APPOINTMENTS_HEADER + "\n" + APPOINTMENT_ROW + "\n");
        text.append(with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-02", "oath", "\"Y"));
        for (int i = 3; i < 200; i++) {
            text.append("\n").append(with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-" + i,
                    "person_name", "欧阳翠花" + i));
        }
        write("420115_2024_appointments.csv", text.append('\n').toString());

        run(2024);

        ReportRow swallowing = report(2024, "420115_2024_appointments.csv").stream()
                .filter(r -> r.column().equals("oath")).findFirst().orElseThrow();
        assertThat(swallowing.code()).isEqualTo("BAD_ENUM");
        assertThat(swallowing.value()).matches("Y…（共[0-9]+字）");
        assertThat(swallowing.message()).contains(swallowing.value()).doesNotContain("欧阳翠花").doesNotContain("RM-3");
        assertThat(Files.readString(reportFile(2024))).doesNotContain("欧阳翠花");
    }

    @Test
    void theFirstProblemInTheOrderOfSection6IsTheOnlyOneReported() throws Exception {
        byte[] neither = concat("meeting_id\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFF});
        // bad name, unknown district, conflicting, undecodable, missing columns and empty, all at once
        writeBytes("a/42011_2024_meetings.csv", neither);
        writeBytes("b/999999_2024_meetings.csv", neither);
        writeBytes("c/420115_2024_meetings.csv", neither);
        writeBytes("c/420115_2024_会议.csv", neither);
        // undecodable, missing columns and empty
        writeBytes("d/420115_2024_inspections.csv", neither);
        // missing and duplicate columns, and empty
        write("e/420115_2024_appointments.csv", "record_id,记录编号,action\n");
        // duplicate column and empty
        write("f/420115_2024_suggestions.csv", SUGGESTIONS_HEADER + ",状态\n".replace("状态", "办理状态"));

        run(2024);

        assertThat(problems(2024, "a/42011_2024_meetings.csv")).containsExactly("|||FILE_NAME");
        assertThat(problems(2024, "b/999999_2024_meetings.csv")).containsExactly("|||UNKNOWN_DISTRICT");
        assertThat(problems(2024, "c/420115_2024_meetings.csv")).containsExactly("|||CONFLICTING_FILES");
        assertThat(problems(2024, "c/420115_2024_会议.csv")).containsExactly("|||CONFLICTING_FILES");
        assertThat(problems(2024, "d/420115_2024_inspections.csv")).containsExactly("|||ENCODING");
        assertThat(problems(2024, "e/420115_2024_appointments.csv")).containsExactlyInAnyOrder(
                "1|decision_date||MISSING_COLUMN",
                "1|organ||MISSING_COLUMN",
                "1|position||MISSING_COLUMN",
                "1|record_id||DUPLICATE_COLUMN");
        assertThat(problems(2024, "f/420115_2024_suggestions.csv")).containsExactly("1|status||DUPLICATE_COLUMN");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state <> 'rejected'")).isZero();
        assertThat(report(2024)).hasSize(10);
    }
}
