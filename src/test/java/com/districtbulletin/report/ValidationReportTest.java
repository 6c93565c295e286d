package com.districtbulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * output/&lt;year&gt;/validation-report.csv (data contract section 9): UTF-8 with BOM, the exact
 * header, one row per problem, paths relative to input/, formula-like cells neutralised, and
 * the current state of the year rather than what one run read.
 */
@Tag("database")
class ValidationReportTest extends IngestTestBase {

    @Test
    void utf8WithBomTheExactHeaderAndOneRowPerProblem() throws Exception {
        write("2024/江夏区/420115_2024_meetings.csv", lines(MEETINGS_HEADER + ",备注",
                "HY-01,常委会,2024-02-30,x,1,1,1,,",
                "HY-02,主任会议,2024-03-05,1,1,1,1,,"));
        run(2024);

        byte[] bytes = Files.readAllBytes(reportFile(2024));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .startsWith("file,line,column,value,code,message,severity,district_code,district_name\r\n");
        assertThat(report(2024)).extracting(ReportRow::key).containsExactlyInAnyOrder(
                "2024/江夏区/420115_2024_meetings.csv|1|备注||UNKNOWN_COLUMN",
                "2024/江夏区/420115_2024_meetings.csv|2|meeting_type|常委会|BAD_ENUM",
                "2024/江夏区/420115_2024_meetings.csv|2|meeting_date|2024-02-30|BAD_DATE",
                "2024/江夏区/420115_2024_meetings.csv|2|reports_heard|x|BAD_INTEGER");
        assertThat(report(2024)).hasSize((int) count("SELECT COUNT(*) FROM problem"));
        assertThat(report(2024)).allSatisfy(r -> assertThat(r.message()).matches(".*[\\u4e00-\\u9fff].*"));
    }

    @Test
    void anEmptyReportStillHasItsHeader() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);
        byte[] bytes = Files.readAllBytes(reportFile(2024));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFfile,line,column,value,code,message,severity,district_code,district_name\r\n");
    }

    @Test
    void formulaLikeCellsAreNeutralisedAndPlainNegativeNumbersLeftAlone() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER,
                "HY-01,主任会议,2024-03-05,=1+2,1,1,1,",
                "HY-02,主任会议,2024-03-05,+5,1,1,1,",
                "HY-03,@SUM(A1),2024-03-05,1,1,1,1,",
                "HY-04,-cmd,2024-03-05,1,1,1,1,",
                "HY-05,主任会议,2024-03-05,-5,-1.5,1,1,",
                "HY-06,主任会议,=2024-03-05,1,1,1,1,",
                "HY-07,主任会议,2024-03-05,1,1,1,1,")); // one valid row: the file is accepted
        write("=HYPERLINK(1).csv", "x\n");
        run(2024);

        assertThat(report(2024)).extracting(ReportRow::key).containsExactlyInAnyOrder(
                "'=HYPERLINK(1).csv||||FILE_NAME",
                "420115_2024_meetings.csv|2|reports_heard|'=1+2|BAD_INTEGER",
                "420115_2024_meetings.csv|3|reports_heard|'+5|BAD_INTEGER",
                "420115_2024_meetings.csv|4|meeting_type|'@SUM(A1)|BAD_ENUM",
                "420115_2024_meetings.csv|5|meeting_type|'-cmd|BAD_ENUM",
                "420115_2024_meetings.csv|6|reports_heard|-5|BAD_INTEGER",
                "420115_2024_meetings.csv|6|resolutions|-1.5|BAD_INTEGER",
                "420115_2024_meetings.csv|7|meeting_date|'=2024-03-05|BAD_DATE");
        // only the output is neutralised: the database keeps what the clerk wrote
        assertThat(jdbc.queryForList("SELECT cell_value FROM problem WHERE line_no = 2", String.class))
                .containsExactly("=1+2");
    }

    @Test
    void fileNameRowsAppearInEveryYearsReportOtherRowsInTheirYearsOnly() throws Exception {
        write("42011_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));          // FILE_NAME, 2024 by its name
        write("notes.csv", "随便写写\n");                                                 // FILE_NAME, no year at all
        write("999999_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));         // UNKNOWN_DISTRICT 2024
        writeBytes("420102_2024_meetings.csv", new byte[] {(byte) 0xFF, (byte) 0xFF});   // ENCODING 2024
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, "HY-01,主任会议,2024-02-30,,,,,",
                "HY-02,主任会议,2024-03-01,,,,,"));
        write("420115_2023_meetings.csv", lines(MEETINGS_HEADER, "HY-01,主任会议,2023-02-29,,,,,",
                "HY-02,主任会议,2023-03-01,,,,,"));

        run(2023);
        run(2024);
        run(2022);

        assertThat(report(2024)).extracting(ReportRow::key).containsExactlyInAnyOrder(
                "42011_2024_meetings.csv||||FILE_NAME",
                "notes.csv||||FILE_NAME",
                "999999_2024_meetings.csv||||UNKNOWN_DISTRICT",
                "420102_2024_meetings.csv||||ENCODING",
                "420115_2024_meetings.csv|2|meeting_date|2024-02-30|BAD_DATE");
        assertThat(report(2023)).extracting(ReportRow::key).containsExactlyInAnyOrder(
                "42011_2024_meetings.csv||||FILE_NAME",
                "notes.csv||||FILE_NAME",
                "420115_2023_meetings.csv|2|meeting_date|2023-02-29|BAD_DATE");
        assertThat(report(2022)).extracting(ReportRow::key).containsExactlyInAnyOrder(
                "42011_2024_meetings.csv||||FILE_NAME",
                "notes.csv||||FILE_NAME");
    }

    @Test
    void aFileRejectedWholeIsReportedOnlyWhileItIsInTheInputFolder() throws Exception {
        writeBytes("420102_2024_meetings.csv", new byte[] {(byte) 0xFF, (byte) 0xFF});
        write("420102_2024_inspections.csv", "");
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        write("2024/420115_2024_会议.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        write("42011_2024_meetings.csv", "x\n");
        run(2024);
        assertThat(report(2024)).extracting(ReportRow::code).containsExactlyInAnyOrder(
                "ENCODING", "EMPTY_FILE", "CONFLICTING_FILES", "CONFLICTING_FILES", "FILE_NAME");

        Files.delete(input.resolve("420102_2024_meetings.csv"));
        Files.delete(input.resolve("420102_2024_inspections.csv"));
        Files.delete(input.resolve("2024/420115_2024_会议.csv"));
        Files.delete(input.resolve("42011_2024_meetings.csv"));
        run(2024);

        assertThat(report(2024)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'rejected'"))
                .as("the rejected versions stay in the history").isEqualTo(2);
    }

    @Test
    void theReportDescribesTheCurrentStateNotOnlyWhatThisRunRead() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, "HY-01,主任会议,2024-02-30,,,,,",
                "HY-02,主任会议,2024-03-01,,,,,"));
        run(2024);
        run(2024);                                             // nothing new to read
        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("2|meeting_date|2024-02-30|BAD_DATE");

        // the version in force stays in force when its file leaves the folder, and so do its rejected rows
        Files.delete(input.resolve("420115_2024_meetings.csv"));
        run(2024);
        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("2|meeting_date|2024-02-30|BAD_DATE");
    }

    @Test
    void everyRowSaysHowSevereItIsAndWhoseItIs() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER + ",备注", MEETING_ROW + ",x",
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02", "meeting_date", "2024-02-30") + ","));
        write("420102_2024_inspections.csv", lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "start_date", "2023-01-01")));
        write("江夏区_2024_会议.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        write("notes_2024.txt", "随便写写\n");
        run(2024);

        assertThat(report(2024)).extracting(r -> String.join("|", r.file(), r.code(), r.severity(), r.districtCode(),
                r.districtName())).containsExactlyInAnyOrder(
                "420102_2024_inspections.csv|NO_VALID_ROWS|file|420102|江岸区",
                "420102_2024_inspections.csv|OUT_OF_YEAR|row|420102|江岸区",
                "420115_2024_meetings.csv|UNKNOWN_COLUMN|warning|420115|江夏区",
                "420115_2024_meetings.csv|BAD_DATE|row|420115|江夏区",
                "江夏区_2024_会议.csv|FILE_NAME|file|420115|江夏区",   // tied to the district its name names
                "notes_2024.txt|FILE_TYPE|file||");
        assertThat(report(2024, "江夏区_2024_会议.csv").get(0).message())
                .contains("420115").contains("420115_2024_会议.csv");
    }
}
