package com.districtbulletin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.support.IngestTestBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The registry in the job (data contract section 4): a missing districts.csv or an invalid row
 * fails the job before anything is ingested, with a message that names the line.
 */
@Tag("database")
class RegistryJobTest extends IngestTestBase {

    @Test
    void aMissingRegistryFailsTheJob() throws Exception {
        Files.delete(input.resolve("districts.csv"));
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));

        JobExecution execution = runJob(2024);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failure(execution)).contains("districts.csv");
        assertNothingIngested();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "missing name|420103,,100,3|4|名称",
            "code not 6 digits|42010,汉阳区,100,3|4|42010",
            "duplicate code|420115,汉阳区,100,3|4|420115",
            "duplicate name|420103,江夏区,100,3|4|江夏区",
            "bad deputies|420103,汉阳区,一百,3|4|一百",
            "bad order|420103,汉阳区,100,第三|4|第三",
    })
    void anInvalidRowFailsTheJobBeforeAnythingIsIngested(String what, String row, int line, String named)
            throws Exception {
        write("districts.csv", REGISTRY + row + "\n");
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));

        JobExecution execution = runJob(2024);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failure(execution)).contains("districts.csv").contains("第 " + line + " 行").contains(named);
        assertNothingIngested();
    }

    @Test
    void aRegistryBrokenLaterChangesNothingThatWasStored() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);
        List<String> districts = jdbc.queryForList("SELECT code || ' ' || name FROM district ORDER BY code",
                String.class);
        byte[] report = Files.readAllBytes(reportFile(2024));

        write("districts.csv", REGISTRY + "420103,,100,3\n");
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        JobExecution execution = runJob(2024);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failure(execution)).contains("第 4 行");
        assertThat(jdbc.queryForList("SELECT code || ' ' || name FROM district ORDER BY code", String.class))
                .isEqualTo(districts);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(Files.readAllBytes(reportFile(2024))).isEqualTo(report);
    }

    @Test
    void aDistrictAddedToTheRegistryIsAcceptedFromThenOn() throws Exception {
        write("420103_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);
        assertThat(problems(2024, "420103_2024_meetings.csv")).containsExactly("|||UNKNOWN_DISTRICT");

        write("districts.csv", REGISTRY + "420103,汉阳区,,\n");
        run(2024);
        assertThat(problems(2024, "420103_2024_meetings.csv")).isEmpty();
        assertThat(inForce("420103", 2024, "meetings")).isNotNull();
    }

    /**
     * Issue 23: a district appended without 设立年份 exists in every earlier year. The run names the
     * change, the open year it moves, the closed year a revision would change (closedYears), and
     * warns that the district now shows as 未报送 in 2023 and 2024, saying how to set its first year.
     */
    @Test
    void aRegistryChangeSaysWhichYearsItMovesAndWarnsOfADistrictWithoutItsFirstYear() throws Exception {
        write("420115_2023_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW.replace("2024-", "2023-")));
        run(2023, Edition.FINAL);
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024, Edition.PROVISIONAL);

        write("districts.csv", REGISTRY + "420103,汉阳区,,\n");
        run(2024, Edition.PROVISIONAL);
        Map<?, ?> summary = summary(2024);
        assertThat(summary.get("notes").toString())
                .contains("区划名录（districts.csv）与上次运行时不同：新增 420103 汉阳区。")
                .contains("区划名录新增的 420103 汉阳区 没有填写设立年份，因此它在2023、2024年的公报和统计中都列为未报送。"
                        + "如果它是新设立的区划，请在 districts.csv 的“设立年份”列填写它设立的第一年，再重新运行。")
                .contains("2024年：发布初步统计版。区划名录（districts.csv）的变化涉及该年度")
                .contains("区划名录（districts.csv）自2023年正式版发布以来有变化");
        assertThat(summary.get("closedYears")).isEqualTo(
                List.of(Map.of("year", 2023, "pending", List.of(), "registryChanged", true)));

        // its first year set: it leaves 2023 and 2024, nothing is pending, no warning
        write("districts.csv", "code,name,deputies,order,deputies_all_levels,since,until\n"
                + "420115,江夏区,300,1,,,\n420102,江岸区,250,2,,,\n420103,汉阳区,,,,2025,\n");
        run(2024, Edition.PROVISIONAL);
        summary = summary(2024);
        assertThat(summary.get("notes").toString()).contains("修改 420103 汉阳区").doesNotContain("没有填写设立年份");
        assertThat(summary.get("closedYears")).isEqualTo(List.of());
    }

    private void run(int year, Edition edition) throws Exception {
        JobExecution execution = launcher.run(new RunParameters(year, input, output, edition));
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private Map<?, ?> summary(int year) throws Exception {
        return new ObjectMapper().readValue(output.resolve(year + "/run-summary.json").toFile(), Map.class);
    }

    private void assertNothingIngested() {
        for (String table : List.of("submission", "problem", "rejected_row", "meetings", "input_file")) {
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(reportFile(2024)).doesNotExist();
    }

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().map(t -> {
            Throwable cause = t;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getMessage();
        }).collect(Collectors.joining("; "));
    }
}
