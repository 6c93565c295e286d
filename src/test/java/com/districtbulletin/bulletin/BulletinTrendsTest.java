package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * 历年趋势 (issue 10, deliverable 4), read back from the rendered bulletin: the section after the
 * dataset sections, the municipal value of every year of each key figure exactly as the
 * {@code statistic} table holds it, — for the years before a district existed, the 可比口径
 * sentence only when the set of districts changed, the line charts in charts/, a district's
 * profile line, and no section for a single year.
 */
@Tag("database")
class BulletinTrendsTest extends BulletinTestBase {

    private static final String MEETINGS =
            "meeting_id,meeting_type,meeting_date,reports_heard,resolutions,opinions_issued,deputies_attending";
    /** The key figures of the meetings (the only dataset here), in the order of the 主要数据 page. */
    private static final List<String> KEY = List.of("meetings.standing_committee_sessions",
            "meetings.reports_heard", "meetings.resolutions");
    private static final String SCOPE = "2023年新设立丁区，2022年及以前全市数据不含丁区，比较时请注意可比口径。";

    /** 甲, 乙, 丙 over 2022–2024, each year a session more; 丁 from {@code dingSince} (null: always). */
    private void input(Integer dingSince) {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name,deputies,order,deputies_all_levels,since,until",
                "420101,甲区,200,1,,,", "420102,乙区,100,2,,,", "420103,丙区,150,3,,,",
                "420104,丁区,50,4,," + (dingSince == null ? "" : dingSince) + ","));
        String[] codes = {"420101", "420102", "420103", "420104"};
        for (int year = 2022; year <= 2024; year++) {
            for (int d = 0; d < codes.length; d++) {
                if (d == 3 && dingSince != null && year < dingSince) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                int sessions = 2 + d + (year - 2022);
                for (int i = 1; i <= sessions; i++) {
                    rows.add("S" + i + ",standing_committee," + year + "-0" + (1 + i % 9) + "-1" + i % 10 + ","
                            + (1 + d) + "," + (i % 2) + ",1,5");
                }
                files.file(codes[d] + "_" + year + "_meetings.csv", MEETINGS, rows);
            }
        }
    }

    private Path run(int... years) throws Exception {
        for (int year : years) {
            assertThat(runJob(year).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        return output.resolve(years[years.length - 1] + "/bulletin-" + years[years.length - 1] + ".pdf");
    }

    /** The text from the 历年趋势 heading to the next section's. */
    private static String trendSection(PdfReading read) throws IOException {
        List<PdfReading.Bookmark> top = read.bookmarks().stream().filter(b -> b.level() == 1).toList();
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).title().endsWith("、历年趋势")) {
                assertThat(top.get(i - 1).title()).endsWith("、会议情况");
                assertThat(top.get(i + 1).title()).as("profiles are documents of their own").endsWith("、数据质量");
                StringBuilder text = new StringBuilder();
                for (int p = top.get(i).page(); p <= top.get(i + 1).page(); p++) {
                    text.append(read.page(p)).append('\n');
                }
                String all = text.toString();
                return all.substring(all.indexOf("历年趋势"), all.indexOf("数据质量", all.indexOf("历年趋势")));
            }
        }
        throw new AssertionError("no 历年趋势 section");
    }

    /** The cells of the table rows that begin with {@code name}, in the order the tables print them. */
    private static List<String> row(String section, String name) {
        List<String> cells = new ArrayList<>();
        section.lines().filter(l -> l.startsWith(name + " ")).forEach(l ->
                cells.addAll(Arrays.asList(l.substring(name.length()).trim().split("\\s+"))));
        return cells;
    }

    /** The municipal values the statistic table holds, metric by metric, year by year. */
    private List<String> stored(int... years) {
        List<String> values = new ArrayList<>();
        for (String metric : KEY) {
            for (int year : years) {
                BigDecimal v = jdbc.queryForObject("SELECT metric_value FROM statistic WHERE report_year = ? AND "
                        + "district_code = 'ALL' AND metric = ?", BigDecimal.class, year, metric);
                values.add(v.setScale(0).toPlainString());
            }
        }
        return values;
    }

    @Test
    void aDistrictSetUpInTheMiddleYearIsDashedBeforeAndTheSectionSaysSo() throws Exception {
        input(2023);
        Path pdf = run(2022, 2023, 2024);
        try (PdfReading read = new PdfReading(pdf)) {
            String section = trendSection(read);
            // 全市 first, its values those stored for each year; 3 years: two metrics to a table, then one
            assertThat(row(section, "全市")).containsExactlyElementsOf(stored(2022, 2023, 2024));
            // 丁 did not exist in 2022: — there, its own figures after
            List<String> ding = row(section, "丁区");
            assertThat(ding).hasSize(KEY.size() * 3);
            for (int k = 0; k < KEY.size(); k++) {
                assertThat(ding.get(k * 3)).isEqualTo("—");
                assertThat(ding.get(k * 3 + 1)).isNotEqualTo("—");
            }
            assertThat(row(section, "甲区")).doesNotContain("—");
            assertThat(section.replaceAll("\\s+", "")).contains(SCOPE)
                    // the sentence: the first year's and this year's published values, never a sum
                    .contains("全市召开常委会会议由2022年的" + stored(2022).get(0) + "次增至2024年的"
                            + stored(2024).get(0) + "次");
        }
        // 丁's profile, a document of its own: its years only
        StringBuilder profiles = new StringBuilder();
        try (var files = java.nio.file.Files.walk(output.resolve("2024/districts"))) {
            for (Path profile : files.filter(f -> f.getFileName().toString().startsWith("profile-")).toList()) {
                try (PdfReading read = new PdfReading(profile)) {
                    profiles.append(read.all());
                }
            }
        }
        assertThat(profiles.toString().replaceAll("\\s+", "")).contains("常委会会议：2023年6次，2024年7次");
        for (String metric : KEY) {
            assertThat(output.resolve("2024/charts/trend-" + metric + ".png")).isNotEmptyFile();
        }
    }

    @Test
    void anUnchangedSetOfDistrictsHasNoScopeSentenceAndAYearWithoutStoredFiguresIsComputed() throws Exception {
        input(null);
        // 2023 is never run: no statistics stored for it, its submissions are in force
        Path pdf = run(2022, 2024);
        assertThat(jdbc.queryForList("SELECT DISTINCT report_year FROM statistic ORDER BY report_year",
                Integer.class)).containsExactly(2022, 2024);
        try (PdfReading read = new PdfReading(pdf)) {
            String section = trendSection(read);
            List<String> all = row(section, "全市");
            List<String> stored = stored(2022, 2024);
            // 2023 from its submissions: each district a session more than in 2022 (4 districts)
            assertThat(all).hasSize(KEY.size() * 3);
            assertThat(all.get(0)).isEqualTo(stored.get(0));
            assertThat(all.get(1)).isEqualTo(Integer.toString(Integer.parseInt(stored.get(0)) + 4));
            assertThat(all.get(2)).isEqualTo(stored.get(1));
            assertThat(read.all().replaceAll("\\s+", "")).doesNotContain("比较时请注意可比口径").doesNotContain("新设立");
            assertThat(row(section, "丁区")).doesNotContain("—");
        }
    }

    @Test
    void aSingleYearHasNoTrendAndTheMethodologySaysWhy() throws Exception {
        input(null);
        Path pdf = run(2022);
        try (PdfReading read = new PdfReading(pdf)) {
            assertThat(read.bookmarks()).noneMatch(b -> b.title().contains("历年趋势"));
            assertThat(read.all().replaceAll("\\s+", "")).contains("本公报不设历年趋势部分");
        }
        assertThat(output.resolve("2022/charts")).isDirectoryNotContaining("glob:**/trend-*");
    }
}
