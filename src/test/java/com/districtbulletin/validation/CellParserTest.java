package com.districtbulletin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The cell forms of data contract section 2: integers, dates, booleans, enumerations, trimming. */
class CellParserTest {

    @ParameterizedTest(name = "integer \"{0}\" = {1}")
    @CsvSource({
            "0, 0",
            "7, 7",
            "304, 304",
            "007, 7",
            "１２, 12",        // full-width digits
            "３0４, 304",      // mixed
            "999999999999999999, 999999999999999999",
    })
    void integersInAsciiOrFullWidthDigits(String cell, long expected) {
        assertThat(CellParser.parseInteger(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "not an integer: \"{0}\"")
    @ValueSource(strings = {"-1", "+1", "1,000", "1 000", "1.0", "1.5", "约30", "30人", "abc", "一", "1e3", "－１",
            "9999999999999999999"})
    void anythingElseIsNotAnInteger(String cell) {
        assertThat(CellParser.parseInteger(cell)).isSameAs(CellParser.INVALID);
    }

    @ParameterizedTest(name = "date \"{0}\"")
    @ValueSource(strings = {
            "2024-03-05", "2024-3-5", "2024-03-5", "2024-3-05",
            "2024/03/05", "2024/3/5",
            "2024.03.05", "2024.3.5",
            "2024年3月5日", "2024年03月05日",
            "２０２４-０３-０５", "２０２４/３/５", "２０２４.３.５", "２０２４年３月５日", "2024年３月5日"})
    void everyDateForm(String cell) {
        assertThat(CellParser.parseDate(cell)).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void twoDigitMonthsAndDays() {
        assertThat(CellParser.parseDate("2024-12-31")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(CellParser.parseDate("2024年10月1日")).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(CellParser.parseDate("2024/2/29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "not a date: \"{0}\"")
    @ValueSource(strings = {
            "2024-02-30",          // not a real date
            "2023-02-29",          // not a leap year
            "2024-13-01", "2024-00-10", "2024-01-00", "2024/4/31",
            "2024-3/5",            // mixed separators
            "2024年3月5",          // 日 missing
            "2024-3-5日",
            "2024年3月5日前",
            "24-3-5",              // two-digit year
            "2024-003-05", "2024-03-005",
            "2024 03 05", "20240305", "2024-03", "2024",
            "03/05/2024", "5.3.2024",
            "2024-03-05 10:00", "2024-03-05T00:00",
            "2024--03-05", "2024-03-05-",
            "三月五日", "abc"})
    void anythingElseIsNotADate(String cell) {
        assertThat(CellParser.parseDate(cell)).isSameAs(CellParser.INVALID);
    }

    @ParameterizedTest(name = "true: \"{0}\"")
    @ValueSource(strings = {"是", "Y", "y", "yes", "YES", "Yes", "true", "TRUE", "True", "1"})
    void trueForms(String cell) {
        assertThat(CellParser.parseBoolean(cell)).isEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest(name = "false: \"{0}\"")
    @ValueSource(strings = {"否", "N", "n", "no", "NO", "No", "false", "FALSE", "False", "0"})
    void falseForms(String cell) {
        assertThat(CellParser.parseBoolean(cell)).isEqualTo(Boolean.FALSE);
    }

    @ParameterizedTest(name = "not a boolean: \"{0}\"")
    @ValueSource(strings = {"对", "不是", "ok", "2", "t", "f", "是的", "x"})
    void anythingElseIsNotABoolean(String cell) {
        assertThat(CellParser.parseBoolean(cell)).isSameAs(CellParser.INVALID);
    }

    @ParameterizedTest(name = "{0} \"{1}\" = {2}")
    @CsvSource({
            "meetings, meeting_type, 常委会会议, standing_committee",
            "meetings, meeting_type, 主任会议, chairpersons",
            "meetings, meeting_type, standing_committee, standing_committee",
            "meetings, meeting_type, Standing_Committee, standing_committee",
            "meetings, meeting_type, CHAIRPERSONS, chairpersons",
            "inspections, activity_type, 满意度测评, satisfaction_evaluation",
            "inspections, activity_type, Law_Enforcement_Inspection, law_enforcement_inspection",
            "appointments, action, 接受辞职, accept_resignation",
            "appointments, organ, 人民检察院, procuratorate",
            "appointments, organ, OTHER, other",
            "suggestions, kind, 议案, motion",
            "suggestions, field, 城建环保, urban_environment",
            "suggestions, status, 正在办理, in_progress",
            "suggestions, outcome, A, A",
            "suggestions, outcome, b, B",
            "suggestions, satisfaction, 基本满意, basically_satisfied",
            "suggestions, satisfaction, Dissatisfied, dissatisfied",
    })
    void enumerationsByChineseLabelOrEnglishCodeInAnyCase(String dataset, String column, String cell,
                                                         String code) {
        assertThat(CellParser.parse(column(dataset, column), cell)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} \"{1}\" is not allowed")
    @CsvSource({
            "meetings, meeting_type, 常委会",
            "meetings, meeting_type, standing committee",
            "suggestions, field, 城市建设",
            "suggestions, outcome, D",
            "suggestions, satisfaction, 很满意",
    })
    void valuesOutsideTheEnumeration(String dataset, String column, String cell) {
        assertThat(CellParser.parse(column(dataset, column), cell)).isSameAs(CellParser.INVALID);
    }

    @Test
    void textIsTakenAsWritten() {
        assertThat(CellParser.parse(column("meetings", "topics"), "预算, 决算\n审计")).isEqualTo("预算, 决算\n审计");
    }

    @Test
    void trimRemovesSurroundingWhiteSpaceIncludingTheIdeographicSpace() {
        assertThat(CellParser.trim("  区发改局\u3000")).isEqualTo("区发改局");
        assertThat(CellParser.trim("\u3000\u3000江夏区 \t")).isEqualTo("江夏区");
        assertThat(CellParser.trim("区 发改局")).isEqualTo("区 发改局");
        assertThat(CellParser.trim("\u3000")).isEmpty();
        assertThat(CellParser.trim(null)).isEmpty();
    }

    private static Column column(String dataset, String column) {
        return Dataset.named(dataset).orElseThrow().columnNamed(column);
    }
}
