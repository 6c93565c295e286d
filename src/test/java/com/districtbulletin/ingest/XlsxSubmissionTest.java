package com.districtbulletin.ingest;

import static com.districtbulletin.support.HandmadeWorkbook.DATE;
import static com.districtbulletin.support.HandmadeWorkbook.GENERAL;
import static com.districtbulletin.support.HandmadeWorkbook.TWO_DECIMALS;
import static com.districtbulletin.support.HandmadeWorkbook.bool;
import static com.districtbulletin.support.HandmadeWorkbook.formula;
import static com.districtbulletin.support.HandmadeWorkbook.gap;
import static com.districtbulletin.support.HandmadeWorkbook.number;
import static com.districtbulletin.support.HandmadeWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.HandmadeWorkbook;
import com.districtbulletin.support.IngestTestBase;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * .xlsx submissions through the real job (data contract sections 1, 2, 6 and 7): the cell rules,
 * a workbook that cannot be read, other file types, ignored files, and a .csv and an .xlsx of
 * one key.
 */
class XlsxSubmissionTest extends IngestTestBase {

    private static final String MEETINGS = lines(MEETINGS_HEADER, MEETING_ROW);

    private static HandmadeWorkbook meetings() {
        return new HandmadeWorkbook().sheet("会议").textRow(1, "会议编号,会议类型,会议日期,听取审议报告数,决议决定数,"
                + "审议意见数,列席代表人数,主要议题");
    }

    @Test
    void workbookCellsFollowTheColumnTypes() throws Exception {
        String file = "420115_2024_会议.xlsx";
        meetings()
                .row(2, text("HY-01"), text("常委会会议"), number("45356", DATE), number("2"), number("1"),
                        gap(), gap(), text("预算调整"))
                .row(4, text("HY-02"), text("standing_committee"), number("45356"), number("2"))
                .row(5, text("HY-03"), text("standing_committee"), number("45357", DATE), number("2.5", TWO_DECIMALS))
                .row(6, text("HY-04"), text("主任会议"), formula("DATE(2024,3,6)", "45357", DATE),
                        formula("1+2", "3", GENERAL), formula("B2", null, GENERAL), number("1.00", TWO_DECIMALS),
                        gap(), bool(true))
                .row(7, text("HY-05"), text("主任会议"), number("45357", DATE), gap(), gap(), gap(), gap(), gap(),
                        text("多出的一格"))
                .write(input.resolve(file));

        run(2024);

        assertThat(problems(2024, file)).containsExactly(
                "4|meeting_date|45356|BAD_DATE",
                "5|reports_heard|2.5|BAD_INTEGER",
                "7|||COLUMN_COUNT");
        assertThat(report(2024, file).get(0).message()).contains("该单元格为数字格式（45356），请设为日期格式或按 2024-03-05 填写");
        assertThat(report(2024, file).get(2).message()).as("a cell beyond the header's last column")
                .contains("本行有 9 个单元格，而表头有 8 列").contains("表头最后一列的右侧");
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT line_no, meeting_id, meeting_type, meeting_date,"
                + " reports_heard, resolutions, opinions_issued, topics FROM meetings ORDER BY line_no");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("LINE_NO").toString()).isEqualTo("2");
        assertThat(rows.get(0).get("MEETING_DATE").toString()).isEqualTo("2024-03-05");
        assertThat(rows.get(0).get("TOPICS")).isEqualTo("预算调整");
        Map<String, Object> formulas = rows.get(1);
        assertThat(formulas.get("MEETING_ID")).isEqualTo("HY-04");
        assertThat(formulas.get("MEETING_DATE").toString()).as("a formula's cached date").isEqualTo("2024-03-06");
        assertThat(((Number) formulas.get("REPORTS_HEARD")).longValue()).as("a formula's cached number").isEqualTo(3);
        assertThat(((Number) formulas.get("RESOLUTIONS")).longValue()).as("no cached value: empty, the default").isZero();
        assertThat(((Number) formulas.get("OPINIONS_ISSUED")).longValue()).as("1.00 is a whole number").isEqualTo(1);
        assertThat(formulas.get("TOPICS")).as("a boolean cell in a text column").isEqualTo("是");
        assertThat(jdbc.queryForObject("SELECT encoding FROM submission", String.class)).isEqualTo("xlsx");
    }

    @Test
    void anUnchangedWorkbookIsSkippedAndAnUnreadableOneIsRejectedWholeWhileTheRunGoesOn() throws Exception {
        meetings().row(2, text("HY-01"), text("常委会会议"), number("45356", DATE)).write(input.resolve("420115_2024_会议.xlsx"));
        write("420102_2024_meetings.xlsx", "meeting_id,meeting_type\nHY-01,standing_committee\n"); // CSV text renamed
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        writeBytes("420102_2024_inspections.xlsx", ole2);

        run(2024);
        run(2024);

        assertThat(problems(2024, "420102_2024_meetings.xlsx")).containsExactly("|||UNREADABLE_FILE");
        assertThat(problems(2024, "420102_2024_inspections.xlsx")).containsExactly("|||UNREADABLE_FILE");
        assertThat(report(2024, "420102_2024_inspections.xlsx").get(0).message()).contains("加密").contains(".xls")
                .contains("另存为");
        assertThat(states("420115_2024_会议.xlsx")).as("the second run skips the unchanged workbook")
                .containsExactly("in_force");
        assertThat(states("420102_2024_meetings.xlsx")).containsExactly("rejected");
        assertThat(count("SELECT COUNT(*) FROM meetings")).isEqualTo(1);
    }

    @Test
    void fileType() throws Exception {
        meetings().row(2, text("HY-01"), text("常委会会议"), number("45356", DATE)).write(input.resolve("420115_2024_meetings.XLSX"));
        write("420102_2024_会议.xls", MEETINGS);
        write("2024/说明.docx", "x");
        write("420102_2024_任免", "x");

        run(2024);

        for (String bad : List.of("420102_2024_会议.xls", "2024/说明.docx", "420102_2024_任免")) {
            assertThat(problems(2024, bad)).as(bad).containsExactly("|||FILE_TYPE");
            assertThat(report(2024, bad).get(0).message()).as("says which forms are accepted")
                    .contains(".csv").contains(".xlsx");
        }
        assertThat(problems(2024, "420115_2024_meetings.XLSX")).isEmpty();
        assertThat(inForce("420115", 2024, "meetings")).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM submission")).as("a file of another type is never read").isEqualTo(1);
    }

    @Test
    void lockAndSystemFilesAndReadmesAreIgnored() throws Exception {
        write("420115_2024_meetings.csv", MEETINGS);
        for (String ignored : List.of("~$420115_2024_会议.xlsx", ".~lock.420115_2024_meetings.csv#", ".DS_Store",
                "2024/Thumbs.db", "2024/desktop.ini", "THUMBS.DB", "README.md", "2024/readme.txt", ".hidden.csv")) {
            write(ignored, "x");
        }

        run(2024);

        assertThat(report(2024)).as("nothing but the submission is judged").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
    }

    @Test
    void aCsvAndAnXlsxOfOneKeyConflict() throws Exception {
        write("420115_2024_meetings.csv", MEETINGS);
        meetings().row(2, text("HY-01"), text("常委会会议"), number("45356", DATE)).write(input.resolve("2024/420115_2024_会议.xlsx"));
        meetings().row(2, text("HY-01"), text("常委会会议"), number("45356", DATE)).write(input.resolve("420102_2024_会议.xlsx"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||CONFLICTING_FILES");
        assertThat(problems(2024, "2024/420115_2024_会议.xlsx")).containsExactly("|||CONFLICTING_FILES");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message()).contains("2024/420115_2024_会议.xlsx");
        assertThat(report(2024, "2024/420115_2024_会议.xlsx").get(0).message()).contains("420115_2024_meetings.csv");
        assertThat(inForce("420115", 2024, "meetings")).isNull();
        assertThat(inForce("420102", 2024, "meetings")).isNotNull();
    }
}
