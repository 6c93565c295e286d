package com.districtbulletin.validation;

import static com.districtbulletin.support.HandmadeWorkbook.number;
import static com.districtbulletin.support.HandmadeWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.HandmadeWorkbook;
import com.districtbulletin.support.IngestTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clerks' most common mistakes (issue 11), each in a real file through the real job: the
 * report names the real cause under the contract's code, and a title row or a file separated by
 * tabs is ONE problem, not one per missing column.
 */
class ClerkMistakeMessagesTest extends IngestTestBase {

    private String message(String file) throws Exception {
        List<ReportRow> rows = report(2024, file);
        assertThat(rows).as(file).hasSize(1);
        return rows.get(0).message();
    }

    @Test
    void aTitleRowAboveTheHeaderIsOneProblemSayingSo() throws Exception {
        write("420115_2024_meetings.csv", lines("江夏区人大常委会2024年会议情况统计表,,,,,,,", MEETINGS_HEADER, MEETING_ROW));
        new HandmadeWorkbook().sheet("Sheet1").textRow(1, "江夏区人大常委会2024年会议情况统计表")
                .textRow(3, "会议编号,会议类型,会议日期").row(4, text("HY-01"), text("常委会会议"), text("2024-03-05"))
                .write(input.resolve("420102_2024_会议.xlsx"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("1|||MISSING_COLUMN");
        assertThat(message("420115_2024_meetings.csv"))
                .contains("第1行（“江夏区人大常委会2024年会议情况统计表”）似乎是标题行", "真正的表头在第2行", "使表头位于第一行")
                .doesNotContain("请在表头中加入该列");
        assertThat(message("420102_2024_会议.xlsx")).contains("第1行", "似乎是标题行", "第3行");
        assertThat(inForce("420115", 2024, "meetings")).isNull();
    }

    @Test
    void aTabSeparatedFileIsOneProblemSayingSo() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER.replace(',', '\t'), MEETING_ROW.replace(',', '\t')));
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER.replace(',', '；'), MEETING_ROW.replace(',', '；')));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("1|||MISSING_COLUMN");
        assertThat(message("420115_2024_meetings.csv")).contains("文件似乎以制表符", "CSV UTF-8（逗号分隔）");
        assertThat(message("420102_2024_meetings.csv")).contains("文件似乎以分号分隔");
    }

    @Test
    void aHeaderThatRanIntoTheFirstRowIsOneProblemEchoingNoCell() throws Exception {
        write("420115_2024_appointments.csv", lines(APPOINTMENTS_HEADER + "\u000b" + APPOINTMENT_ROW, APPOINTMENT_ROW
                .replace("RM-01", "RM-02")));

        run(2024);

        assertThat(problems(2024, "420115_2024_appointments.csv")).containsExactly("1|||MISSING_COLUMN");
        assertThat(message("420115_2024_appointments.csv")).contains("表头似乎与下一行数据连成了一行", "第1行中的数据另起一行")
                .doesNotContain("RM-01", "张三");
    }

    @Test
    void anotherDatasetsHeaderNamesTheDatasetItBelongsTo() throws Exception {
        write("420115_2024_suggestions.csv", lines(MEETINGS_HEADER, MEETING_ROW));

        run(2024);

        assertThat(problems(2024, "420115_2024_suggestions.csv")).containsExactly("1|||MISSING_COLUMN");
        assertThat(message("420115_2024_suggestions.csv")).contains("表头是“会议”（meetings）数据集的列",
                "文件名中的数据集是“代表建议”（suggestions）");
    }

    @Test
    void aTotalsRowIsOneProblemAskingToDeleteIt() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, "合计,,,2,1,1,5,"));
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, ",总 计,,2,1,1,5,"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("3|meeting_id|合计|REQUIRED");
        assertThat(message("420115_2024_meetings.csv")).contains("第3行似乎是“合计”行", "请删除该行")
                .doesNotContain("必填项");
        assertThat(problems(2024, "420102_2024_meetings.csv")).containsExactly("3|meeting_type|总 计|REQUIRED");
        assertThat(inForce("420115", 2024, "meetings")).as("the rest of the file is accepted").isNotNull();
    }

    @Test
    void aDateWrittenAsANumberSaysSoAndGivesTheDate() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW,
                "HY-02,standing_committee,45356,,,,,", "HY-03,standing_committee,20240305,,,,,"));
        new HandmadeWorkbook().sheet("Sheet1").textRow(1, "会议编号,会议类型,会议日期")
                .row(2, text("HY-01"), text("常委会会议"), number("45356"))
                .row(3, text("HY-02"), text("常委会会议"), number("45357", HandmadeWorkbook.DATE))
                .write(input.resolve("420102_2024_会议.xlsx"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv"))
                .containsExactly("3|meeting_date|45356|BAD_DATE", "4|meeting_date|20240305|BAD_DATE");
        List<ReportRow> rows = report(2024, "420115_2024_meetings.csv");
        // a CSV cell has no format: the number is what Excel shows as a date
        assertThat(rows.get(0).message()).contains("“45356”却是一个数字：Excel 把日期存成这样的数字",
                "（45356 即 2024-03-05）", "请填写 2024-03-05").doesNotContain("单元格为数字格式");
        assertThat(rows.get(1).message()).contains("缺少分隔符", "请写作 2024-03-05");
        assertThat(message("420102_2024_会议.xlsx")).contains("该单元格为数字格式（45356）", "Excel 中 2024-03-05 的日期序号");
    }

    @Test
    void aFileWhoseDatesAreInAnotherYearSaysToCheckTheYearInItsName() throws Exception {
        String row2023 = MEETING_ROW.replace("2024-", "2023-");
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, row2023, with(MEETINGS_HEADER, row2023,
                "meeting_id", "HY-02"), with(MEETINGS_HEADER, row2023, "meeting_id", "HY-03")));
        // one row of another year among rows of the file's own year: no hint
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, row2023.replace("HY-01", "HY-02")));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||NO_VALID_ROWS",
                "2|meeting_date|2023-03-05|OUT_OF_YEAR", "3|meeting_date|2023-03-05|OUT_OF_YEAR",
                "4|meeting_date|2023-03-05|OUT_OF_YEAR");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message())
                .startsWith("文件中的日期都在2023年，请核对文件名中的年度（现为2024年）。文件的 3 个数据行全部未通过校验");
        assertThat(report(2024, "420102_2024_meetings.csv")).singleElement()
                .satisfies(r -> assertThat(r.message()).doesNotContain("文件中的日期"));
    }

    @Test
    void aValueNearADeclaredChoiceAsksWhetherItWasMeant() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, "HY-02,常委会议,2024-03-06,,,,,",
                "HY-03,临时会议,2024-03-07,,,,,"));
        write("420115_2024_suggestions.csv", lines(SUGGESTIONS_HEADER, SUGGESTION_ROW,
                "JY-02,suggestion,2024-01-10,economy,区发改局,N,closed,A类,satisfied,2024-05-01",
                "JY-03,suggestion,2024-01-10,economy,区发改局,N,办结,A,satisfied,2024-05-01",
                "JY-04,suggestion,2024-01-10,经济,区发改局,N,closed,A,satisfied,2024-05-01",
                "JY-05,suggestion,2024-01-10,economy,区发改局,N,closed,A,比较满意,2024-05-01"));

        run(2024);

        List<ReportRow> meetings = report(2024, "420115_2024_meetings.csv");
        assertThat(meetings).extracting(ReportRow::code).containsExactly("BAD_ENUM", "BAD_ENUM");
        assertThat(meetings.get(0).message()).contains("“常委会议”是否应为“常委会会议”？", "常委会会议、主任会议");
        assertThat(meetings.get(1).message()).as("nothing near: no guess").doesNotContain("是否应为")
                .contains("应为：常委会会议、主任会议");
        List<ReportRow> suggestions = report(2024, "420115_2024_suggestions.csv");
        assertThat(suggestions).extracting(ReportRow::message).satisfiesExactly(
                m -> assertThat(m).contains("“A类”是否应为“A”？"),
                m -> assertThat(m).contains("“办结”是否应为“已办结”？"),
                m -> assertThat(m).contains("“经济”是否应为“经济发展”？"),
                m -> assertThat(m).contains("“比较满意”是否应为“基本满意”？"));
    }

    @Test
    void aCopiedOrDoublyExtendedFileNameSaysWhatToDelete() throws Exception {
        String appointments = lines(APPOINTMENTS_HEADER, APPOINTMENT_ROW);
        write("420115_2024_任免(1).csv", appointments);
        write("420102_2024_meetings.csv.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        write("420102_2024_任免 - 副本.csv", appointments);
        write("420102_24_信访.csv", "petition_id\n");

        run(2024);

        assertThat(problems(2024, "420115_2024_任免(1).csv")).containsExactly("|||FILE_NAME");
        assertThat(message("420115_2024_任免(1).csv")).contains("文件名中的“(1)”请删除", "请改名为“420115_2024_任免.csv”");
        assertThat(message("420102_2024_meetings.csv.csv")).contains("多了一个扩展名“.csv”",
                "请改名为“420102_2024_meetings.csv”");
        assertThat(message("420102_2024_任免 - 副本.csv")).contains("“- 副本”请删除", "请改名为“420102_2024_任免.csv”");
        assertThat(message("420102_24_信访.csv")).contains("年度应写4位数字：“24”请写作“2024”",
                "请改名为“420102_2024_信访.csv”");
    }
}
