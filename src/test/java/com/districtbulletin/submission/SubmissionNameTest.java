package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** File names of data contract section 1: {@code <district_code>_<year>_<dataset>.csv}. */
class SubmissionNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "420115_2024_meetings.csv, MEETINGS",
            "420115_2024_inspections.csv, INSPECTIONS",
            "420115_2024_appointments.csv, APPOINTMENTS",
            "420115_2024_suggestions.csv, SUGGESTIONS",
            "420115_2024_会议.csv, MEETINGS",
            "420115_2024_监督活动.csv, INSPECTIONS",
            "420115_2024_任免.csv, APPOINTMENTS",
            "420115_2024_代表建议.csv, SUGGESTIONS",
            "420115_2024_会议.xlsx, MEETINGS",
            "420115_2024_meetings.XLSX, MEETINGS",
            "420115_2024_任免.Csv, APPOINTMENTS",
    })
    void englishNamesAndChineseAliases(String name, Dataset dataset) {
        assertThat(SubmissionName.parse(name)).contains(new SubmissionKey("420115", 2024, dataset));
    }

    @ParameterizedTest(name = "\"{0}\" is not a submission name")
    @ValueSource(strings = {
            "42011_2024_meetings.csv",      // district code of 5 digits
            "4201150_2024_meetings.csv",    // 7 digits
            "42011A_2024_meetings.csv",
            "４２０１１５_2024_meetings.csv", // full-width digits in the name
            "420115_24_meetings.csv",
            "420115_2024_meeting.csv",      // unknown dataset word
            "420115_2024_statistics.csv",
            "420115_2024_会议记录.csv",
            "420115_2024_meetings (1).csv",
            "420115_2024_meetings_v2.csv",
            "420115-2024-meetings.csv",
            "420115_2024_meetings.txt",
            "420115_2024_meetings.xls",
            "420115_2024_meetings.xlsm",
            "420115_2024_meetings.csv.bak",
            "meetings.csv",
            "江夏区_2024_会议.csv",
            "_2024_meetings.csv"})
    void anyOtherNameIsRejected(String name) {
        assertThat(SubmissionName.parse(name)).isEmpty();
    }

    @Test
    void onlyCsvAndXlsxAreSubmissionTypes() {
        assertThat(SubmissionName.isSubmissionType("x.CSV")).isTrue();
        assertThat(SubmissionName.isSubmissionType("x.Xlsx")).isTrue();
        assertThat(SubmissionName.isSubmissionType("420115_2024_会议.xls")).isFalse();
        assertThat(SubmissionName.isSubmissionType("420115_2024_会议.et")).isFalse();
        assertThat(SubmissionName.isSubmissionType("420115_2024_会议")).isFalse();
    }

    @Test
    void aBadlyNamedFileStillHintsAtItsYear() {
        assertThat(SubmissionName.yearHint("42011_2024_meetings.csv")).contains(2024);
        assertThat(SubmissionName.yearHint("420115_2023_meeting.csv")).contains(2023);
        assertThat(SubmissionName.yearHint("meetings.csv")).isEmpty();
    }
}
