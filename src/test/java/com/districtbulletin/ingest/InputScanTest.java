package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.validation.ProblemCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The judgement by name alone (data contract sections 1, 6 and 7): FILE_NAME first, then
 * UNKNOWN_DISTRICT, then CONFLICTING_FILES; the rest is read meetings first.
 */
class InputScanTest {

    private static final Set<String> REGISTRY = Set.of("420115", "420102");

    @Test
    void eachFileGetsTheFirstNameProblemInContractOrder() {
        InputScan scan = InputScan.of(List.of(
                "2024/42011_2024_meetings.csv",     // FILE_NAME (also an unknown district)
                "2024/999999_2024_meetings.csv",    // UNKNOWN_DISTRICT
                "a/999999_2024_会议.csv",            // UNKNOWN_DISTRICT, not CONFLICTING_FILES with the one above
                "2024/420115_2024_meetings.csv",    // CONFLICTING_FILES
                "x/420115_2024_会议.csv",            // CONFLICTING_FILES
                "420102_2024_meetings.csv"), REGISTRY);

        assertThat(codes(scan)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2024/42011_2024_meetings.csv", "FILE_NAME",
                "2024/999999_2024_meetings.csv", "UNKNOWN_DISTRICT",
                "a/999999_2024_会议.csv", "UNKNOWN_DISTRICT",
                "2024/420115_2024_meetings.csv", "CONFLICTING_FILES",
                "x/420115_2024_会议.csv", "CONFLICTING_FILES",
                "420102_2024_meetings.csv", "ok"));
    }

    @Test
    void conflictingFilesNameEachOther() {
        InputScan scan = InputScan.of(List.of("420115_2024_meetings.csv", "2024/420115_2024_会议.csv",
                "old/420115_2024_MEETINGS.csv"), REGISTRY);
        ScannedFile english = file(scan, "420115_2024_meetings.csv");
        assertThat(english.nameProblem().code()).isEqualTo(ProblemCode.CONFLICTING_FILES);
        assertThat(english.nameProblem().message()).contains("2024/420115_2024_会议.csv")
                .contains("old/420115_2024_MEETINGS.csv").doesNotContain("“420115_2024_meetings.csv”");
        ScannedFile chinese = file(scan, "2024/420115_2024_会议.csv");
        assertThat(chinese.nameProblem().message()).contains("420115_2024_meetings.csv")
                .doesNotContain("2024/420115_2024_会议.csv");
        assertThat(scan.toIngest()).isEmpty();
    }

    @Test
    void differentYearsOrDatasetsDoNotConflict() {
        InputScan scan = InputScan.of(List.of("420115_2024_meetings.csv", "420115_2023_会议.csv",
                "420115_2024_任免.csv", "420102_2024_meetings.csv"), REGISTRY);
        assertThat(scan.rejectedByName()).isEmpty();
    }

    @Test
    void theNameGivesTheYearEvenOfARejectedFile() {
        InputScan scan = InputScan.of(List.of("42011_2023_meetings.csv", "999999_2022_任免.csv", "notes.csv"),
                REGISTRY);
        assertThat(file(scan, "42011_2023_meetings.csv").year()).isEqualTo(2023);
        assertThat(file(scan, "999999_2022_任免.csv").year()).isEqualTo(2022);
        assertThat(file(scan, "notes.csv").year()).isNull();
    }

    @Test
    void meetingsAreReadFirstSoThatAppointmentsCanBeCheckedAgainstThem() {
        InputScan scan = InputScan.of(List.of("a/420115_2024_任免.csv", "b/420115_2024_suggestions.csv",
                "z/420115_2024_会议.csv", "c/420102_2024_inspections.csv", "y/420102_2024_meetings.csv"), REGISTRY);
        assertThat(scan.toIngest()).extracting(f -> f.key().dataset()).containsExactly(Dataset.MEETINGS,
                Dataset.MEETINGS, Dataset.INSPECTIONS, Dataset.APPOINTMENTS, Dataset.SUGGESTIONS);
    }

    @Test
    void aDistrictThatDoesNotExistInTheFilesYearIsUnknownThere() {
        List<District> registry = List.of(
                new District("420115", "江夏区", null, null, null, 2024, null),
                new District("420102", "江岸区", null, null, null, null, 2023),
                new District("420103", "汉阳区", null, null, null, 2020, 2022));
        InputScan scan = InputScan.of(List.of("420115_2023_meetings.csv", "420115_2024_meetings.csv",
                "420102_2023_meetings.csv", "420102_2024_meetings.csv", "420103_2023_meetings.csv"), registry);

        assertThat(codes(scan)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "420115_2023_meetings.csv", "UNKNOWN_DISTRICT",
                "420115_2024_meetings.csv", "ok",
                "420102_2023_meetings.csv", "ok",
                "420102_2024_meetings.csv", "UNKNOWN_DISTRICT",
                "420103_2023_meetings.csv", "UNKNOWN_DISTRICT"));
        assertThat(file(scan, "420115_2023_meetings.csv").nameProblem().message())
                .contains("420115", "江夏区", "2023 年不存在", "2024 年设立");
        assertThat(file(scan, "420102_2024_meetings.csv").nameProblem().message()).contains("2023 年撤销");
        assertThat(file(scan, "420103_2023_meetings.csv").nameProblem().message())
                .contains("2020 年设立、2022 年撤销");
    }

    private static Map<String, String> codes(InputScan scan) {
        return scan.all().stream().collect(Collectors.toMap(ScannedFile::path,
                f -> f.acceptedByName() ? "ok" : f.nameProblem().code().name()));
    }

    private static ScannedFile file(InputScan scan, String path) {
        return scan.all().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void fileTypeComesFirstAndACsvAndAnXlsxOfOneKeyConflict() {
        InputScan scan = InputScan.of(List.of(
                "420115_2024_会议.xls",              // FILE_TYPE, though the rest of the name is right
                "x_2024_y.pdf",                     // FILE_TYPE, not FILE_NAME
                "420115_2024_meetings.csv",         // CONFLICTING_FILES with the workbook
                "420115_2024_会议.XLSX",
                "420102_2024_任免.xlsx"), REGISTRY);

        assertThat(codes(scan)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "420115_2024_会议.xls", "FILE_TYPE",
                "x_2024_y.pdf", "FILE_TYPE",
                "420115_2024_meetings.csv", "CONFLICTING_FILES",
                "420115_2024_会议.XLSX", "CONFLICTING_FILES",
                "420102_2024_任免.xlsx", "ok"));
        assertThat(file(scan, "x_2024_y.pdf").year()).as("reported in the year its name suggests").isEqualTo(2024);
        assertThat(file(scan, "420115_2024_meetings.csv").nameProblem().message()).contains("420115_2024_会议.XLSX");
    }
}
