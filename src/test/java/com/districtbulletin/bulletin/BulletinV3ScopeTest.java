package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.StatisticsFile;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * Contract v3 10.17: the municipal change of a v3-dependent figure compares the two years' 全市 as
 * published, and when the districts giving it differ between the years the 综述 says so beside the
 * change. 甲区 sends 乡镇（街道） in both years, 乙区 only in 2024: 站点覆盖乡镇（街道）率 is 甲区's
 * alone in 2023 (2 of 10, 20.0 %) and pooled in 2024 (3 of 14, 21.4 %), a change of 1.4 points that
 * partly comes from 乙区 joining.
 */
@Tag("database")
class BulletinV3ScopeTest extends BulletinTestBase {

    private static final String STATIONS = "station_id,name,station_type,level,township";
    private static final String COVERAGE = "stations.township_coverage_rate";

    @Test
    void aChangeOverDifferentDistrictsSaysHowManyGaveTheFigureEachYear() throws Exception {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name,townships", "420101,甲区,10", "420102,乙区,4"));
        files.file("420101_2023_stations.csv", STATIONS, List.of(
                "S1,一号,deputies_home,township,纸坊街道", "S2,二号,liaison_station,village,金口街道"));
        files.file("420102_2023_stations.csv", "station_id,name,station_type", List.of("T1,一号,deputies_home"));
        files.file("420101_2024_stations.csv", STATIONS, List.of(
                "S1,一号,deputies_home,township,纸坊街道", "S2,二号,liaison_station,village,金口街道"));
        files.file("420102_2024_stations.csv", STATIONS, List.of("T1,一号,deputies_home,township,A街道"));
        run(2023);
        run(2024);

        StatisticsFile statistics = new StatisticsFile(output.resolve("2024/statistics.csv"));
        assertThat(statistics.value("ALL", COVERAGE)).isEqualTo("21.4");
        assertThat(statistics.yoy("ALL", COVERAGE)).isEqualTo("1.4");
        assertThat(statistics.yoy("420102", COVERAGE)).as("乙区 had no figure in 2023: 未采集").isEmpty();
        String text = PdfText.of(output.resolve("2024/bulletin-2024.pdf"));
        String coverage = MetricCatalogue.byId(COVERAGE).shortName();
        assertThat(text).contains("观察点、" + coverage + "本年有2个区（县）采集，上年为1个，全市同比变化含采集范围变化的影响。");
        // 乡镇（街道）级站点 is one of 82–129 over v2 columns only (level): both districts give it both years
        assertThat(text).doesNotContain("乡镇（街道）级站点本年有");
    }

    private void run(int year) throws Exception {
        assertThat(launcher.run(new RunParameters(year, input, output, Edition.PROVISIONAL)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }
}
