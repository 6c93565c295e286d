package com.districtbulletin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The registry in the job (data contract section 4): a missing districts.csv or an invalid row
 * fails the job before anything is ingested, with a message that names the line.
 */
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
