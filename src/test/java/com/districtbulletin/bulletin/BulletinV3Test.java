package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.StatisticsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.util.FileSystemUtils;

/**
 * Contract v3 in the bulletin of the sample input (2024 sent in v3, 2023 in v2; input/README.md),
 * read back from the real PDF: the new section 服务中心工作情况 right after 履职评议情况, its districts
 * side by side with the 全市 sums and no 最多/最高; a dataset's v3 metrics in its 明细 table, 未采集
 * (never 未报送) where a district's files lack the columns; 综述 clauses for the new metrics without a
 * year-on-year change (the first v3 year) and naming the 未采集 districts; 说明 saying once which
 * figures are collected from v3 on; no code in the text; within 40 pages.
 */
@Tag("database")
class BulletinV3Test extends BulletinTestBase {

    /** A figure as the tables print it. */
    private static String printed(StatisticsFile stats, String district, String metricId) {
        String value = stats.value(district, metricId);
        return switch (stats.status(district, metricId)) {
            case "not_submitted" -> "未报送";
            case "rejected" -> "未通过审核";
            case "not_collected" -> "未采集";
            case "partial" -> value + "*";
            default -> value.isEmpty() ? "—" : value;
        };
    }

    /** The row of a side-by-side table: the metric's name, 全市, then each district in display order. */
    private String row(StatisticsFile stats, List<String> districts, String metricId) {
        Metric m = MetricCatalogue.byId(metricId);
        List<String> cells = new ArrayList<>();
        cells.add(m.name());
        cells.add(printed(stats, "ALL", metricId));
        for (String code : districts) {
            cells.add(printed(stats, code, metricId));
        }
        return String.join(" ", cells);
    }

    /** Text with runs of spaces as one, and a metric name's unit wrapped onto the next line put back. */
    private static String lines(String text) {
        return text.replaceAll("[ \\t\\u3000]+", " ").replace("\n（", "（");
    }

    @Test
    void theSampleBulletinPrintsTheV3FiguresAndTheNewSection() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StatisticsFile stats = new StatisticsFile(output.resolve("2024/statistics.csv"));
        List<String> districts = jdbc.queryForList("SELECT code FROM district ORDER BY display_order, code",
                String.class);
        // the sample as input/README.md describes it: 东湖新技术开发区 sends no v3 column, 柳林区 and it no 中心工作
        assertThat(stats.status("990108", "meetings.agenda_items")).isEqualTo("not_collected");
        assertThat(stats.status("990106", "service_tasks.projects")).isEqualTo("not_submitted");
        assertThat(stats.status("990108", "service_tasks.projects")).isEqualTo("not_submitted");

        try (PdfReading read = new PdfReading(output.resolve("2024/bulletin-2024.pdf"))) {
            assertThat(read.pages()).as("the sample bulletin with the v3 additions").isLessThanOrEqualTo(40);
            String all = read.all();
            assertThat(all).doesNotContainPattern("[A-Z_]{4,}");

            // the new section, right after 履职评议情况, one side-by-side table, no leaders named
            List<String> sections = read.bookmarks().stream().filter(b -> b.level() == 1)
                    .map(PdfReading.Bookmark::title).toList();
            int reviews = sections.indexOf("十一、履职评议情况");
            assertThat(reviews).isPositive();
            assertThat(sections.get(reviews + 1)).isEqualTo("十二、服务中心工作情况");
            int page = read.bookmarks().stream().filter(b -> b.title().equals("十二、服务中心工作情况")).findFirst()
                    .orElseThrow().page();
            String section = lines(read.page(page) + read.page(page + 1));
            section = section.substring(section.indexOf("十二、服务中心工作情况"), section.indexOf("十三、"));
            assertThat(section).contains("2024年各区（县）服务中心工作情况").doesNotContain("位次")
                    .doesNotContain("最多").doesNotContain("最高");
            for (Metric m : MetricCatalogue.of(com.districtbulletin.dataset.Dataset.SERVICE_TASKS)) {
                assertThat(section).as(m.id()).contains(row(stats, districts, m.id()));
            }

            // a v2 dataset's v3 metrics in its 明细 table: 未采集 where the district's file lacks the column
            String meetings = lines(all.substring(all.indexOf("2024年各区（县）会议新增指标明细")));
            assertThat(meetings).contains(row(stats, districts, "meetings.agenda_items"))
                    .contains(row(stats, districts, "meetings.chairpersons_agenda_items"));
            assertThat(row(stats, districts, "meetings.agenda_items")).endsWith("未采集");
            String stations = lines(all.substring(all.indexOf("2024年各区（县）联络站点新增指标明细")));
            assertThat(stations).contains(row(stats, districts, "stations.observation_points"))
                    .contains(row(stats, districts, "stations.deputies_homes"));

            // 综述: a clause per new metric from the catalogue's phrase, no change in the first v3 year; the
            // 未采集 districts named once in the paragraph, never as 未报送
            int from = read.bookmarks().stream().filter(b -> b.title().equals("一、综述")).findFirst().orElseThrow()
                    .page();
            int to = read.bookmarks().stream().filter(b -> b.title().equals("二、会议情况")).findFirst().orElseThrow()
                    .page();
            StringBuilder pages = new StringBuilder();
            for (int p = from; p <= to; p++) {
                pages.append(read.page(p));
            }
            String summary = pages.toString().replaceAll("\\s+", "");
            summary = summary.substring(summary.indexOf("一、综述"), summary.indexOf("二、会议情况"));
            String agenda = "常委会会议审议议题" + stats.value("ALL", "meetings.agenda_items") + "项；";
            assertThat(summary).contains(agenda);
            String meetingsParagraph = summary.substring(summary.indexOf("（一）会议情况"), summary.indexOf("（二）"));
            assertThat(meetingsParagraph).containsOnlyOnce("东湖新技术开发区报送的文件未含部分新增的列，相应指标为“未采集”")
                    .doesNotContain("东湖新技术开发区未报送会议");
            assertThat(summary).contains("带队招商考察" + stats.value("ALL", "service_tasks.investment_trips") + "次"
                    + stats.value("ALL", "service_tasks.investment_days") + "天");
            assertThat(summary).contains("柳林区、东湖新技术开发区未报送中心工作数据");
            String serviceParagraph = summary.substring(summary.indexOf("服务中心工作情况。"));
            assertThat(serviceParagraph.substring(0, serviceParagraph.indexOf("二、") < 0 ? serviceParagraph.length()
                    : serviceParagraph.indexOf("二、"))).doesNotContain("最多").doesNotContain("最高");
            // 正在办理 after 办结办复 (a difference of two sums said after what it subtracts)
            assertThat(summary).containsPattern("办结办复\\d+条，办结率[\\d.]+%，同比[^；]+；正在办理"
                    + stats.value("ALL", "deputy_activities.opinions_pending") + "条");

            // 说明: once, which figures are collected from v3 on; the stale sentence on profiles is gone
            String method = all.replaceAll("\\s+", "");
            method = method.substring(method.lastIndexOf("十五、说明"));
            assertThat(method).containsOnlyOnce("自数据规范第三版起采集").contains("△").contains("未采集”不等于零");
            assertThat(all.replaceAll("\\s+", "")).doesNotContain("概况另行成册");
        }
    }
}
