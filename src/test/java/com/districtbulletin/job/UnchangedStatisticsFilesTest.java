package com.districtbulletin.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import com.districtbulletin.support.WrittenFilesSnapshot;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An edition's statistics.csv and statistics.xlsx are written again only when its figures
 * changed: a run with nothing new, or with a file sent again with the same figures, leaves both
 * with their bytes and modification time; a changed figure rewrites both. The run summary counts
 * them under documents.statistics.
 */
class UnchangedStatisticsFilesTest extends IngestTestBase {

    private static final String CSV = "statistics.csv";
    private static final String WORKBOOK = "statistics.xlsx";

    @BeforeEach
    void oneDistrictSendsTwoMeetings() throws Exception {
        jiangxiaMeetings("预算调整", "HY-01", "HY-02");
    }


    private Path year() {
        return output.resolve("2024");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> statisticsFiles() throws Exception {
        Map<?, ?> summary = new ObjectMapper().readValue(year().resolve("run-summary.json").toFile(), Map.class);
        return ((Map<String, Map<String, Integer>>) summary.get("documents")).get("statistics");
    }

    private WrittenFilesSnapshot statisticsSnapshot() throws Exception {
        return WrittenFilesSnapshot.of(year());
    }

    @Test
    void aRunWithNothingNewLeavesBothFilesAsTheyWere() throws Exception {
        run(2024);
        assertThat(statisticsFiles()).isEqualTo(Map.of("written", 2, "unchanged", 0));
        WrittenFilesSnapshot before = statisticsSnapshot();

        run(2024);

        assertThat(before.changedSince()).doesNotContain(CSV, WORKBOOK);
        assertThat(statisticsFiles()).isEqualTo(Map.of("written", 0, "unchanged", 2));
    }

    @Test
    void aFileSentAgainWithTheSameFiguresLeavesThemAndAChangedFigureRewritesBoth() throws Exception {
        run(2024);
        WrittenFilesSnapshot first = statisticsSnapshot();

        jiangxiaMeetings("人事任免", "HY-01", "HY-02");
        run(2024);
        assertThat(first.changedSince()).as("a new version, the same figures").doesNotContain(CSV, WORKBOOK);

        WrittenFilesSnapshot second = statisticsSnapshot();
        jiangxiaMeetings("人事任免", "HY-01", "HY-02", "HY-03");
        run(2024);
        assertThat(second.changedSince()).contains(CSV, WORKBOOK);
        assertThat(statisticsFiles()).isEqualTo(Map.of("written", 2, "unchanged", 0));
        assertThat(Files.readString(year().resolve(CSV), StandardCharsets.UTF_8))
                .contains("2024,420115,江夏区,meetings.standing_committee_sessions,3,");
    }

    @Test
    void aStatisticsFileDeletedSinceIsWrittenAgain() throws Exception {
        run(2024);
        byte[] written = Files.readAllBytes(year().resolve(CSV));
        Files.delete(year().resolve(CSV));

        run(2024);

        assertThat(year().resolve(CSV)).hasBinaryContent(written);
        assertThat(statisticsFiles()).isEqualTo(Map.of("written", 1, "unchanged", 1));
    }
}
