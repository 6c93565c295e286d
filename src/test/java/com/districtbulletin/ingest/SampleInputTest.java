package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.FolderSnapshot;
import com.districtbulletin.support.IngestTestBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The shipped sample input (input/, described in input/README.md) run through the real job,
 * read in place: the 2024 report lists exactly the README's 24 rows, the 2023 report only the
 * misplaced {@code .xls} (a file rejected for its type is reported in every year's report), and
 * not one byte or time stamp of the input folder changes.
 */
@Tag("database")
class SampleInputTest extends IngestTestBase {

    private static final Path SAMPLE = Path.of("input").toAbsolutePath();

    /** input/README.md, "Expected validation-report rows": file|line|column|value|code. */
    private static final List<String> EXPECTED_2024 = List.of(
            "2024/990101_2024_appointments.csv|2|decision_date|2023年12月7日|OUT_OF_YEAR",
            "2024/990101_2024_livelihood_projects.csv|2|completed_date||COMPLETED_DATE_REQUIRED",
            "2024/990103_2024_appointments.csv|62|meeting_id|HY2023-08|UNKNOWN_MEETING",
            "2024/990103_2024_deputy_activities.csv|42|station_id|LZ099|UNKNOWN_STATION",
            "2024/990103_2024_meetings.csv|5|meeting_date|2024-02-30|BAD_DATE",
            "2024/990104_2024_信访.csv|31|status|正在办理|STATUS_WITHOUT_HANDLING",
            "2024/990105/990105_2024_inspections.csv|1|备注||UNKNOWN_COLUMN",
            "2024/990105/990105_2024_suggestions.csv|141|field|城市建设|BAD_ENUM",
            "2024/990106_2024_deputy_activities.csv|102|opinions_handled|9|HANDLED_EXCEEDS_COLLECTED",
            "2024/990106_2024_inspections.csv|16|||COLUMN_COUNT",
            "2024/990107_2024_代表建议.csv|1|status||MISSING_COLUMN",
            "2024/990107_2024_备案审查.xls||||FILE_TYPE",
            "2024/990108_2024_inspections.csv|11|issues_rectified|18|RECTIFIED_EXCEEDS_RAISED",
            "2024/990109/990109_2024_inspections.csv|9|end_date|2024-07-21|END_BEFORE_START",
            "2024/凤鸣县/990110_2024_代表建议.csv|202|outcome||OUTCOME_REQUIRED",
            "2024/凤鸣县/990110_2024_履职评议.csv||||NO_VALID_ROWS",
            "2024/凤鸣县/990110_2024_履职评议.csv|2|form|民主测评|BAD_ENUM",
            "2024/凤鸣县/990110_2024_履职评议.csv|3|form|民主测评|BAD_ENUM",
            "2024/凤鸣县/990110_2024_履职评议.csv|4|form|民主测评|BAD_ENUM",
            "2024/凤鸣县/990110_2024_履职评议.csv|5|form|民主测评|BAD_ENUM",
            "990102_2024_appointments.csv|88|record_id|RM2024-0087|DUPLICATE_ID",
            "990102_2024_appointments.csv|89|record_id|RM2024-0087|DUPLICATE_ID",
            "990102_2024_inspections.csv|14|deputies_participating|约30|BAD_INTEGER",
            "990102_2024_inspections.csv|14|subject||REQUIRED");

    private static byte[] readResource(String name) throws java.io.IOException {
        try (var in = SampleInputTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theSampleInputGivesExactlyTheReadmeRowsAndIsLeftUntouched() throws Exception {
        input = SAMPLE;
        FolderSnapshot before = FolderSnapshot.of(SAMPLE);

        run(2024);

        assertThat(report(2024)).extracting(ReportRow::key).containsExactlyInAnyOrderElementsOf(EXPECTED_2024);
        assertThat(report(2024)).allSatisfy(row -> assertThat(row.message()).isNotBlank());
        // README: 15 rejected rows in files in force (one carries two reasons; both DUPLICATE_ID rows are
        // rejected), and the 4 rows of 990110's 2024 reviews, a file rejected whole (NO_VALID_ROWS)
        assertThat(count("SELECT COUNT(*) FROM rejected_row")).isEqualTo(19);
        assertThat(count("SELECT COALESCE(SUM(rows_rejected), 0) FROM submission WHERE state = 'in_force'"))
                .isEqualTo(15);
        // 216 submission files (README "Files" minus districts.csv and the .xls: 208 of contract v2, and the
        // 8 service_tasks files of 2024); 990107's 2024 suggestions and 990110's 2024 reviews rejected whole
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(216);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'in_force'")).isEqualTo(214);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE dataset = 'service_tasks'")).isEqualTo(8);
        assertThat(jdbc.queryForList("SELECT file_path FROM submission WHERE state = 'rejected'", String.class))
                .containsExactlyInAnyOrder("2024/990107_2024_代表建议.csv", "2024/凤鸣县/990110_2024_履职评议.csv");

        run(2023);
        // a file rejected for its type is reported in every year's report
        assertThat(report(2023)).extracting(ReportRow::key).containsExactly("2024/990107_2024_备案审查.xls||||FILE_TYPE");

        // contract v3: the 81 v2 metrics of both years are byte for byte what the product gave before v3
        for (int year : List.of(2023, 2024)) {
            byte[] onMain = readResource("/sample-v2-statistics/statistics-" + year + ".csv");
            byte[] now = java.nio.file.Files.readAllBytes(output.resolve(year + "/statistics.csv"));
            assertThat(now.length).as("statistics.csv of %s has the v3 metrics after the v2 ones", year)
                    .isGreaterThan(onMain.length);
            assertThat(java.util.Arrays.copyOf(now, onMain.length)).as("statistics.csv of %s, metrics 1–81", year)
                    .isEqualTo(onMain);
        }

        assertThat(FolderSnapshot.of(SAMPLE)).isEqualTo(before);
    }
}
