package com.districtbulletin.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.job.RunParameters;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.SampleInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The nightly run ({@code --bulletin.year=open}, contract section 10): a provisional edition of
 * every open year that has none yet or whose submissions changed since its last one, and nothing
 * else; a closed year's bulletin and statistics are never touched, its pending versions named.
 */
@Tag("database")
class OpenYearsTest extends BulletinTestBase {

    @Test
    void theNightlyRunPublishesOnlyOpenYearsThatChanged() throws Exception {
        SampleInput.copyDistrictsTo(input, "990101", "990102", "990103");
        Path y2023 = output.resolve("2023");
        Path y2024 = output.resolve("2024");

        nightly();
        assertThat(editions()).containsExactly("2023 provisional", "2024 provisional");
        assertThat(y2023.resolve("bulletin-2023.pdf")).exists();
        assertThat(y2024.resolve("bulletin-2024.pdf")).exists();
        assertThat(summary().get("editions").toString()).contains("bulletin-2023.pdf").contains("bulletin-2024.pdf");

        // nothing changed: nothing published
        nightly();
        assertThat(editions()).hasSize(2);
        assertThat(summary().get("editions")).isEqualTo(List.of());
        assertThat(summary().get("notes").toString()).contains("2023年的报送数据自上一版以来没有变化")
                .contains("2024年的报送数据自上一版以来没有变化");

        // 2023 closes; then late files for both years: only 2024 is published again
        launch(new RunParameters(2023, input, output, Edition.FINAL));
        byte[] bulletin2023 = Files.readAllBytes(y2023.resolve("bulletin-2023.pdf"));
        byte[] statistics2023 = Files.readAllBytes(y2023.resolve("statistics.csv"));
        byte[] bulletin2024 = Files.readAllBytes(y2024.resolve("bulletin-2024.pdf"));
        append("990102_2023_meetings.csv", "HY2023-22,常委会会议,2023/12/20,2,1,1,20,补报的常委会会议\n");
        append("990102_2024_meetings.csv", "HY2024-99,常委会会议,2024/12/20,2,1,1,20,补报的常委会会议\n");
        nightly();
        assertThat(editions()).containsExactly("2023 provisional", "2024 provisional", "2023 final",
                "2024 provisional");
        assertThat(Files.readAllBytes(y2023.resolve("bulletin-2023.pdf"))).isEqualTo(bulletin2023);
        assertThat(Files.readAllBytes(y2023.resolve("statistics.csv"))).isEqualTo(statistics2023);
        assertThat(Files.readAllBytes(y2024.resolve("bulletin-2024.pdf"))).isNotEqualTo(bulletin2024);
        Map<?, ?> summary = summary();
        assertThat(summary.get("closedYears").toString()).contains("year=2023").contains("990102_2023_meetings.csv");
        assertThat(summary.get("notes").toString()).contains("2023年已发布正式版").contains("待修订发布");
        // the closed year's report shows its pending version; its receipts too
        assertThat(Files.readString(y2023.resolve("validation-report.csv"), StandardCharsets.UTF_8))
                .doesNotContain("990102_2024");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'pending' AND report_year = 2023"))
                .isPositive();
    }

    /** A file named for the wrong year, rejected whole, is no reason for a bulletin of that year. */
    @Test
    void aYearWithoutAnAcceptedFileGetsNoBulletinButItsReportAndReceipts() throws Exception {
        SampleInput.copyDistrictsTo(input, "990101", "990102", "990103");
        Files.copy(input.resolve("2024/990101_2024_meetings.csv"), input.resolve("990101_2025_meetings.csv"));
        Path y2025 = output.resolve("2025");

        nightly();
        assertThat(editions()).containsExactly("2023 provisional", "2024 provisional");
        assertThat(y2025.resolve("bulletin-2025.pdf")).doesNotExist();
        assertThat(y2025.resolve("statistics.csv")).doesNotExist();
        assertThat(Files.readString(y2025.resolve("validation-report.csv"), StandardCharsets.UTF_8))
                .contains("990101_2025_meetings.csv");
        assertThat(y2025.resolve("districts/990101/receipt-990101-2025.pdf")).exists();
        assertThat(summary().get("notes").toString()).contains("2025年没有通过校验的报送文件");
        assertThat(output.resolve("2024/bulletin-2024.pdf")).exists();
    }

    private void nightly() throws Exception {
        launch(new RunParameters(null, input, output));
    }

    private void launch(RunParameters run) throws Exception {
        JobExecution execution = launcher.run(run);
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private void append(String file, String line) throws Exception {
        Files.writeString(input.resolve(file), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private List<String> editions() {
        return jdbc.queryForList("SELECT report_year || ' ' || kind FROM edition ORDER BY id", String.class);
    }

    private Map<?, ?> summary() throws Exception {
        return new ObjectMapper().readValue(output.resolve("run-summary.json").toFile(), Map.class);
    }
}
