package com.districtbulletin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.StatisticsFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * A file lacking one v3 column (v3 sections 0.2 and 10.1): for each of the columns contract v3
 * adds to v2 datasets, one district sends a file with every other v3 column of its dataset and
 * not that one (and a 中心工作 file, so that its year is v3). Exactly the metrics whose definition names the column (read off the contract by
 * hand, below) are 未采集 for it; the dataset's other new metrics are collected. The receipt
 * says which columns the file lacked. Runs on H2 and on PostgreSQL.
 */
@Tag("database")
class SourceColumnsTest extends BulletinTestBase {

    /** Dataset, the v3 column left out, and the metrics 82–129 whose definitions name it (v3 section 6.2). */
    private record Case(String dataset, String column, String alias, Set<String> metrics) {
    }

    private static final List<Case> CASES = List.of(
            new Case("meetings", "agenda_items", "议题数",
                    Set.of("meetings.agenda_items", "meetings.chairpersons_agenda_items")),
            new Case("meetings", "speeches", "审议发言人次", Set.of("meetings.speeches")),
            new Case("meetings", "member_opinions", "审议意见建议数", Set.of("meetings.member_opinions")),
            new Case("meetings", "attending_opinions", "列席代表意见建议数", Set.of("meetings.attending_opinions")),
            new Case("meetings", "responses_received", "收到办理答复数", Set.of("meetings.responses_received")),
            new Case("inspections", "reports_written", "形成报告数",
                    Set.of("inspections.reports_written", "inspections.research_reports")),
            new Case("inspections", "letters_issued", "监督意见书数", Set.of("inspections.letters_issued")),
            new Case("inspections", "laws_covered", "检查法律法规数", Set.of("inspections.laws_inspected")),
            new Case("deputy_activities", "questions_answered", "解疑释惑数",
                    Set.of("deputy_activities.questions_answered")),
            new Case("deputy_activities", "opinions_resolved", "解决问题数",
                    Set.of("deputy_activities.opinions_resolved")),
            new Case("deputy_activities", "officials_attending", "国家机关负责人人次",
                    Set.of("deputy_activities.officials_at_stations")),
            new Case("deputy_activities", "organizer", "主办", Set.of("deputy_activities.district_trainings",
                    "deputy_activities.township_trainings", "deputy_activities.higher_trained")),
            new Case("stations", "township", "所在乡镇（街道）", Set.of("stations.township_coverage_rate")),
            new Case("stations", "grassroots_unit", "基层单元", Set.of("stations.grassroots_units")),
            new Case("livelihood_projects", "township", "票决乡镇（街道）",
                    Set.of("livelihood_projects.voting_townships")));

    /** Every v3 column of each dataset, with a valid cell, and the v2 part of one valid row. */
    private static final Map<String, String[]> FILES = Map.of(
            "meetings", new String[] {"meeting_id,meeting_type,meeting_date,deputies_attending",
                "M1,standing_committee,2024-03-01,5",
                "agenda_items=2,speeches=3,member_opinions=4,attending_opinions=1,responses_received=1"},
            "inspections", new String[] {"activity_id,activity_type,subject,start_date",
                "I1,law_enforcement_inspection,检查,2024-03-01", "reports_written=1,letters_issued=1,laws_covered=2"},
            "deputy_activities", new String[] {"activity_id,activity_type,activity_date,opinions_collected,opinions_handled",
                "D1,training,2024-03-01,3,2",
                "questions_answered=1,opinions_resolved=1,officials_attending=0,organizer=district"},
            "stations", new String[] {"station_id,name,station_type,level", "S1,一,liaison_station,township",
                "township=纸坊街道,grassroots_unit=是"},
            "livelihood_projects", new String[] {"project_id,name,vote_date,vote_level,status",
                "P1,一,2024-01-10,township,on_schedule", "township=纸坊街道"});

    @Test
    void exactlyTheMetricsNamingALackingColumnAreNotCollected() throws Exception {
        InputFiles files = new InputFiles(input);
        List<String> registry = new ArrayList<>(List.of("code,name,townships"));
        Map<String, Case> byDistrict = new LinkedHashMap<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String code = String.format("4201%02d", i + 1);
            byDistrict.put(code, c);
            registry.add(code + ",区" + (i + 1) + ",5");
            String[] file = FILES.get(c.dataset());
            StringBuilder header = new StringBuilder(file[0]);
            StringBuilder row = new StringBuilder(file[1]);
            for (String cell : file[2].split(",")) {
                String[] nameValue = cell.split("=");
                if (!nameValue[0].equals(c.column())) {
                    header.append(',').append(nameValue[0]);
                    row.append(',').append(nameValue[1]);
                }
            }
            files.file(code + "_2024_" + c.dataset() + ".csv", header.toString(), List.of(row.toString()));
            // a 中心工作 file makes the year v3 even where the one file lacks its dataset's only v3 column
            files.file(code + "_2024_service_tasks.csv", "task_id,task_type,subject,start_date",
                    List.of("T1,river_chief,河,2024-01-01"));
        }
        files.write("districts.csv", registry);

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM problem")).isZero();
        StatisticsFile stats = new StatisticsFile(output.resolve("2024").resolve("statistics.csv"));

        Map<String, Set<String>> v3ColumnsMetrics = new LinkedHashMap<>();
        CASES.forEach(c -> v3ColumnsMetrics.computeIfAbsent(c.dataset(), d -> new java.util.HashSet<>())
                .addAll(c.metrics()));
        for (var e : byDistrict.entrySet()) {
            Case c = e.getValue();
            for (String metric : v3ColumnsMetrics.get(c.dataset())) {
                String expected = c.metrics().contains(metric) ? "not_collected" : "ok";
                assertThat(stats.status(e.getKey(), metric)).as("%s without %s", metric, c.column())
                        .isEqualTo(expected);
            }
            String receipt = String.join("", PdfText.of(output.resolve("2024").resolve("districts").resolve(e.getKey())
                    .resolve("receipt-" + e.getKey() + "-2024.pdf")).split("\\s+"));
            assertThat(receipt).as("the receipt of the file without %s", c.column())
                    .contains("本文件未含以下列，相应指标为未采集：" + c.alias())
                    .doesNotContain("本年度报送的文件未采用新增的列和选项");
        }
        // values where collected, on the one row: 2 agenda items, trainings by the district's committee
        assertThat(stats.value("420102", "meetings.agenda_items")).isEqualTo("2");
        assertThat(stats.value("420109", "deputy_activities.district_trainings")).isEqualTo("1");
        assertThat(stats.value("420113", "stations.grassroots_units")).isEqualTo("1");
        assertThat(stats.value("420114", "stations.township_coverage_rate")).isEqualTo("20.0");
    }

    @Test
    void aV2DistrictYearGetsOneReceiptLine() throws Exception {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name", "420101,甲区", "420102,乙区"));
        files.file("420101_2024_meetings.csv", "meeting_id,meeting_type,meeting_date",
                List.of("M1,standing_committee,2024-03-01"));
        files.file("420101_2024_petitions.csv", "petition_id,received_date,form", List.of("X1,2024-03-01,letter"));
        files.file("420102_2024_meetings.csv", "meeting_id,meeting_type,meeting_date,speeches",
                List.of("M1,standing_committee,2024-03-01,4"));
        files.file("420102_2024_petitions.csv", "petition_id,received_date,form", List.of("X1,2024-03-01,letter"));

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        String v2 = String.join("", PdfText.of(output.resolve("2024/districts/420101/receipt-420101-2024.pdf"))
                .split("\\s+"));
        assertThat(v2).contains("本年度报送的文件未采用新增的列和选项，新增指标为未采集。")
                .doesNotContain("本文件未含以下列");
        String v3 = String.join("", PdfText.of(output.resolve("2024/districts/420102/receipt-420102-2024.pdf"))
                .split("\\s+"));
        assertThat(v3).contains("本文件未含以下列，相应指标为未采集：议题数、审议意见建议数、列席代表意见建议数、收到办理答复数")
                .doesNotContain("本年度报送的文件未采用新增的列和选项");
        // petitions have no v3 column: no note under that file; 未采集 is never a problem of the report
        assertThat(v3.split("本文件未含以下列", -1)).hasSize(2);
        assertThat(String.join("\n", lines(output.resolve("2024/validation-report.csv")))).doesNotContain("未采集");
        StatisticsFile stats = new StatisticsFile(output.resolve("2024").resolve("statistics.csv"));
        assertThat(stats.status("420101", "meetings.speeches")).isEqualTo("not_collected");
        assertThat(stats.value("420102", "meetings.speeches")).isEqualTo("4");
        assertThat(stats.status("420102", "meetings.agenda_items")).isEqualTo("not_collected");
        assertThat(stats.value("ALL", "meetings.speeches")).isEqualTo("4");
    }
}
