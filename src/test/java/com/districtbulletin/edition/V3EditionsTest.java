package com.districtbulletin.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.job.RunParameters;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.StatisticsFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Contract v3 and the editions (v3 sections 7 and 10.17): a correction of the registry's
 * 乡镇（街道）数 revises the closed year's township coverage with districts.csv as its cause, as the
 * other registry counts do; and a previous year published without metrics 82–129 (by a product
 * before v3) gives them no year-on-year change. On H2 and PostgreSQL.
 */
@Tag("database")
class V3EditionsTest extends BulletinTestBase {

    private static final String STATIONS = "station_id,name,station_type,level,township";
    private static final String COVERAGE = "stations.township_coverage_rate";

    /**
     * 甲区 covers 纸坊街道 and 金口街道 (纸坊 街道 is the same) of its 10 townships, 20.0 %; 乙区 1 of
     * 4, 25.0 %; 全市 3/14 = 21.4 %. The office corrects 甲区 to 8 townships: 甲区 2/8 = 25.0 %,
     * 全市 3/12 = 25.0 %, and nothing else moves.
     */
    @Test
    void aTownshipsCorrectionIsARevisionCausedByTheRegistry() throws Exception {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name,townships", "420101,甲区,10", "420102,乙区,4"));
        files.file("420101_2024_stations.csv", STATIONS, List.of(
                "S1,一号,deputies_home,township,纸坊街道",
                "S2,二号,liaison_station,village,金口街道",
                "S3,三号,liaison_station,village,纸坊 街道"));
        files.file("420102_2024_stations.csv", STATIONS, List.of("T1,一号,deputies_home,township,A街道"));
        run(2024, Edition.FINAL);
        StatisticsFile published = new StatisticsFile(output.resolve("2024/statistics.csv"));
        assertThat(published.value("420101", COVERAGE)).isEqualTo("20.0");
        assertThat(published.value("420102", COVERAGE)).isEqualTo("25.0");
        assertThat(published.value("ALL", COVERAGE)).isEqualTo("21.4");
        byte[] publishedBytes = Files.readAllBytes(output.resolve("2024/statistics.csv"));

        files.write("districts.csv", List.of("code,name,townships", "420101,甲区,8", "420102,乙区,4"));
        run(2024, Edition.PROVISIONAL);
        assertThat(Files.readAllBytes(output.resolve("2024/statistics.csv"))).as("a closed year keeps its figures")
                .isEqualTo(publishedBytes);
        assertThat(Files.readString(output.resolve("2024/run-summary.json"), StandardCharsets.UTF_8))
                .contains("区划名录（districts.csv）自2024年正式版发布以来有变化");

        run(2024, Edition.FINAL);
        List<List<String>> revisions = revisionRows(output.resolve("2024/revisions-final-r1.csv"));
        assertThat(revisions).containsExactlyInAnyOrder(
                List.of("2024", "ALL", "全市", COVERAGE, "21.4", "25.0", "ok", "ok", "districts.csv"),
                List.of("2024", "420101", "甲区", COVERAGE, "20.0", "25.0", "ok", "ok", "districts.csv"));
        StatisticsFile revised = new StatisticsFile(output.resolve("2024/statistics.csv"));
        assertThat(revised.rank("420101", COVERAGE)).isEqualTo("1");
        assertThat(revised.rank("420102", COVERAGE)).isEqualTo("1");
    }

    /**
     * 甲区 had 2 代表之家 of 2 stations in 2023 (v2 files) and has 1 of 3 in 2024. Published by this
     * product, 2023 gives 代表之家 a change (-1). Published by a product before v3 — its statistics
     * hold no rows for 82–129 — it gives none, while v2's 代表联络站点 keeps its change (1).
     */
    @Test
    void aPreviousYearPublishedWithoutTheNewMetricsGivesThemNoChange() throws Exception {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name", "420101,甲区", "420102,乙区"));
        files.file("420101_2023_stations.csv", "station_id,name,station_type",
                List.of("S1,一号,deputies_home", "S2,二号,deputies_home"));
        files.file("420101_2024_stations.csv", STATIONS, List.of(
                "S1,一号,deputies_home,township,纸坊街道",
                "S2,二号,liaison_station,village,金口街道",
                "S3,三号,liaison_station,village,金口街道"));
        run(2023, Edition.PROVISIONAL);
        run(2024, Edition.PROVISIONAL);
        StatisticsFile withV3 = new StatisticsFile(output.resolve("2024/statistics.csv"));
        assertThat(withV3.yoy("420101", "stations.deputies_homes")).isEqualTo("-1");
        assertThat(withV3.yoy("ALL", "stations.deputies_homes")).isEqualTo("-1");
        assertThat(withV3.yoy("420101", "stations.liaison_stations")).isEqualTo("2");

        // 2023 as a product before v3 published it: its 81 metrics only
        List<Object[]> added = MetricCatalogue.METRICS.stream().filter(m -> m.isAddedInV3())
                .map(m -> new Object[] {m.id()}).toList();
        assertThat(added).hasSize(48);
        jdbc.batchUpdate("DELETE FROM statistic WHERE report_year = 2023 AND metric = ?", added);
        jdbc.update("DELETE FROM statistic_digest WHERE report_year = 2023");
        run(2024, Edition.PROVISIONAL);
        StatisticsFile afterV2 = new StatisticsFile(output.resolve("2024/statistics.csv"));
        for (String code : List.of("ALL", "420101")) {
            assertThat(afterV2.yoy(code, "stations.deputies_homes")).as(code).isEmpty();
            assertThat(afterV2.yoy(code, "stations.liaison_stations")).as(code).isEmpty();
            assertThat(afterV2.yoy(code, "stations.total")).as(code).isEqualTo("1");
        }
        assertThat(afterV2.value("420101", "stations.deputies_homes")).isEqualTo("1");
    }

    private JobExecution run(int year, Edition edition) throws Exception {
        JobExecution execution = launcher.run(new RunParameters(year, input, output, edition));
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    private static List<List<String>> revisionRows(Path csv) throws java.io.IOException {
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(content.substring(1))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(List.of(r.values()));
            }
        }
        return rows;
    }
}
