package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.support.BulletinTestBase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.util.FileSystemUtils;

/**
 * The bulletin of the sample input, read back: its figures agree with statistics.csv, the
 * markers, bookmarks and contents are right, every font is embedded as a subset, and the same
 * submissions give the same bytes.
 */
@Tag("database")
class BulletinPdfTest extends BulletinTestBase {

    private static final String PARTIAL_FOOTNOTE = "部分数据：该区（县）";

    /** The output of the sample's run, made by the first test that reads it and read by the others. */
    @TempDir
    static Path sample;
    private static Path sampleOutput;

    private Path pdf;

    /** The sample's 2024 run, read from {@link #output}: one run for the class. */
    private void runSample() throws Exception {
        if (sampleOutput == null) {
            runFreshSample();
            sampleOutput = Files.move(output, sample.resolve("output"));
        }
        output = sampleOutput;
        pdf = output.resolve("2024/bulletin-2024.pdf");
    }

    /** The sample's 2024 run, into this test's own folders and database. */
    private void runFreshSample() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        JobExecution execution = runJob(2024);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        pdf = output.resolve("2024/bulletin-2024.pdf");
        assertThat(pdf).exists();
    }

    /** statistics.csv as district code → metric id → [value, rank, yoy, status]. */
    private Map<String, Map<String, String[]>> statistics() throws IOException {
        Map<String, Map<String, String[]>> result = new HashMap<>();
        String csv = Files.readString(output.resolve("2024/statistics.csv"), StandardCharsets.UTF_8).substring(1);
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new java.io.StringReader(csv))) {
            result.computeIfAbsent(r.get("district_code"), k -> new HashMap<>()).put(r.get("metric"),
                    new String[] {r.get("value"), r.get("rank"), r.get("yoy_change"), r.get("status")});
        }
        return result;
    }

    /**
     * 主要数据 opens with the year's headline sentence in the reports' manner: the catalogue's
     * headline clauses in order, each with its verb and measure word, the figures those of 全市 in
     * statistics.csv, clauses sharing a verb joined with 、, and no per-number mark.
     */
    @Test
    void theKeyFiguresPageOpensWithTheHeadlineSentence() throws Exception {
        runSample();
        Map<String, String[]> all = statistics().get("ALL");
        try (PdfReading read = new PdfReading(pdf)) {
            int page = read.bookmarks().stream().filter(b -> b.title().equals("主要数据")).findFirst().orElseThrow()
                    .page();
            String text = read.page(page).replaceAll("\\s+", "");
            assertThat(text).contains("2024年，全市各区（县）人大常委会共召开常委会会议"
                    + all.get("meetings.standing_committee_sessions")[0] + "次、主任会议"
                    + all.get("meetings.chairpersons_meetings")[0] + "次，听取和审议专项工作报告"
                    + all.get("meetings.reports_heard")[0] + "项，作出决议决定" + all.get("meetings.resolutions")[0] + "项");
            assertThat(text).contains("依法任免国家机关工作人员" + all.get("appointments.total")[0] + "人次")
                    .contains("督促办理代表建议和议案" + all.get("suggestions.total")[0] + "件");
            String sentence = text.substring(text.indexOf("2024年，全市各区（县）人大常委会共"));
            assertThat(sentence.substring(0, sentence.indexOf('。'))).doesNotContain("*");
        }
    }

    @Test
    void everyDistrictProfileShowsItsFiguresAsStatisticsCsvHasThem() throws Exception {
        runSample();
        Map<String, Map<String, String[]>> stats = statistics();
        {
            Map<String, String> names = Map.of("990101", "青溪区", "990104", "南屏县", "990108", "东湖新技术开发区",
                    "990110", "凤鸣县", "990107", "白沙县", "990103", "临湖区");
            for (Map.Entry<String, String> district : names.entrySet()) {
                // each district's profile is a document of its own beside the bulletin
                Path profile = pdf.getParent().resolve("districts").resolve(district.getKey())
                        .resolve("profile-" + district.getKey() + "-2024.pdf");
                String text;
                try (PdfReading read = new PdfReading(profile)) {
                    text = read.all();
                }
                assertThat(text).contains(district.getValue());
                List<String> lines = text.lines().toList();
                for (Metric metric : MetricCatalogue.METRICS) {
                    String[] figure = stats.get(district.getKey()).get(metric.id());
                    String[] municipal = stats.get("ALL").get(metric.id());
                    if (municipal[3].equals("not_submitted")) {
                        continue; // a dataset no district submitted has no place in the bulletin (contract 9.1)
                    }
                    String line = lines.stream().filter(l -> l.startsWith(metric.name())).findFirst()
                            .orElseThrow(() -> new AssertionError(metric.name() + " not on " + district.getValue()));
                    String shown = switch (figure[3]) {
                        case "not_submitted" -> "未报送";
                        case "rejected" -> "未通过审核";
                        case "not_applicable" -> "—";
                        case "not_collected" -> "未采集"; // contract v3: the district's file lacks the column
                        case "partial" -> figure[0] + "*";
                        default -> figure[0];
                    };
                    String rest = line.substring(metric.name().length()).trim();
                    assertThat(rest).as(district.getValue() + " " + metric.id()).startsWith(shown + " ");
                    String municipalShown = municipal[0] + ("partial".equals(municipal[3]) ? "*" : "");
                    assertThat(rest.substring(shown.length()).trim()).as("municipal " + metric.id())
                            .startsWith(municipal[0].isEmpty() ? "" : municipalShown);
                    if (!figure[1].isEmpty()) {
                        assertThat(rest).as("rank " + metric.id()).contains(" " + figure[1] + "/");
                    }
                    if (!figure[2].isEmpty()) {
                        // a true minus sign (U+2212) in the bulletin, an ASCII hyphen in the CSV
                        String yoy = figure[2].startsWith("-") ? "\u2212" + figure[2].substring(1)
                                : figure[2].matches("0(\\.0)?") ? figure[2] : "+" + figure[2];
                        assertThat(rest).as("yoy " + metric.id()).endsWith(" " + yoy);
                    }
                }
                if (stats.get(district.getKey()).values().stream().anyMatch(f -> f[3].equals("partial"))) {
                    assertThat(text).contains(PARTIAL_FOOTNOTE);
                }
            }
        }
    }

    @Test
    void markersBookmarksContentsAndSummary() throws Exception {
        runSample();
        Map<String, Map<String, String[]>> stats = statistics();
        try (PdfReading read = new PdfReading(pdf)) {
            String all = read.all();
            // not submitted prints 未报送, not applicable prints —
            assertThat(stats.get("990110").get("inspections.law_enforcement")[3]).isEqualTo("not_submitted");
            assertThat(stats.get("990108").get("suggestions.per_100_deputies")[3]).isEqualTo("not_applicable");
            assertThat(all).contains("凤鸣县 未报送");
            assertThat(all.lines().filter(l -> l.startsWith("东湖新技术开发区 ") && l.contains(" — ")))
                    .as("the per-100-deputies figure of a district without deputies").isNotEmpty();
            // the summary's sentence about standing-committee sessions, worded from the figures
            String[] sessions = stats.get("ALL").get("meetings.standing_committee_sessions");
            int change = Integer.parseInt(sessions[2]);
            String wording = change > 0 ? "同比增加" + change + "次" : change < 0 ? "同比减少" + (-change) + "次"
                    : "与上年持平";
            // contract 9.1: no per-number partial mark in the prose (one closing sentence instead)
            assertThat(all.replace("\n", "").replace(" ", "")).contains("全市共召开常委会会议" + sessions[0] + "次，"
                    + wording);
            // the cover
            assertThat(read.page(1)).contains("示例市").contains("2024年度各区（县）人大常委会工作统计公报")
                    .contains("初 步 统 计");
            // charts are vector text in the document's fonts
            assertThat(all).contains("图1").contains("图11").contains("A类（已解决或采纳）");

            List<PdfReading.Bookmark> bookmarks = read.bookmarks();
            List<String> top = bookmarks.stream().filter(b -> b.level() == 1).map(PdfReading.Bookmark::title).toList();
            assertThat(top).containsExactly("主要数据", "目　录", "一、综述", "二、会议情况", "三、监督工作情况", "四、人事任免情况",
                    "五、代表建议办理情况", "六、代表工作情况", "七、民生实事项目票决情况", "八、信访工作情况", "九、基层立法联系情况",
                    "十、规范性文件备案审查情况", "十一、履职评议情况", "十二、服务中心工作情况", "十三、历年趋势", "十四、数据质量",
                    "十五、说明", "十六、数据来源");
            assertThat(bookmarks.stream().filter(b -> b.level() == 2)).as("the profiles are documents of their own")
                    .isEmpty();
            // the contents give each section's page, and its bookmark points there
            int contentsPage = bookmarks.stream().filter(b -> b.title().equals("目　录")).findFirst().orElseThrow()
                    .page();
            String contents = read.page(contentsPage);
            for (PdfReading.Bookmark b : bookmarks) {
                if (b.page() > contentsPage) {
                    assertThat(contents).as(b.title()).containsPattern(
                            java.util.regex.Pattern.quote(b.title()) + "[ .]*" + b.page() + "\\b");
                    assertThat(read.page(b.page())).as(b.title()).contains(b.title());
                }
            }
            // every page after the cover has a running header and its number
            for (int p = 2; p <= read.pages(); p++) {
                assertThat(read.page(p)).contains("第 " + p + " 页").contains("共 " + read.pages() + " 页");
            }
            // a footnote explains the marker on the page where it appears, and only there
            for (int p = 2; p <= read.pages(); p++) {
                String text = read.page(p);
                boolean marked = text.lines().filter(l -> !l.contains(PARTIAL_FOOTNOTE))
                        .anyMatch(l -> l.replace("“*”", "").replace("*.xlsx", "").contains("*")); // a message's file pattern is no mark
                assertThat(text.contains(PARTIAL_FOOTNOTE)).as("footnote on page " + p).isEqualTo(marked);
            }
            // provenance: the leader's text names provenance-2024.csv and prints no hash (issue 20)
            assertThat(all).contains("provenance-2024.csv").doesNotContainPattern("[0-9a-f]{64}");
        }
    }

    /**
     * Every section of the sample's bulletin, as {@link SectionPlans} declares them: its bookmark,
     * every metric of its datasets in its tables, its charts (图 with the metric's name), a
     * subheading for each dataset of a section of several, and its 综述 paragraph opening with the
     * municipal figure of statistics.csv, worded by the catalogue's phrase.
     */
    @Test
    void everySectionHasItsTablesChartsAndSummaryParagraph() throws Exception {
        runSample();
        Map<String, String[]> all = statistics().get("ALL");
        try (PdfReading read = new PdfReading(pdf)) {
            List<PdfReading.Bookmark> top = read.bookmarks().stream().filter(b -> b.level() == 1).toList();
            String summary = pages(read, top, "一、综述").replaceAll("\\s+", "");
            String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};
            int n = 0;
            for (SectionPlans.Plan plan : SectionPlans.SECTIONS) {
                String title = GroupSection.title(plan);
                PdfReading.Bookmark mark = top.stream().filter(b -> b.title().endsWith("、" + title)).findFirst()
                        .orElseThrow(() -> new AssertionError("no section " + title));
                String text = pages(read, top, mark.title());
                String flat = text.replaceAll("[\\s\u3000]+", ""); // the chart titles have an ideographic space
                for (SectionPlans.Part part : plan.parts()) {
                    if (plan.parts().size() > 1) {
                        assertThat(flat).as(title).contains(DatasetSection.sectionTitle(part.dataset()));
                    }
                    for (Metric metric : MetricCatalogue.of(part.dataset())) {
                        // a long name's unit is on a line of its own in the table head
                        assertThat(flat).as(title + " table").contains(DatasetSection.headName(metric).lines()
                                .findFirst().orElseThrow());
                    }
                    for (Metric metric : part.acrossDistrictsMetrics()) {
                        assertThat(flat).as(title + " chart").containsPattern("图\\d+2024年各区（县）"
                                + java.util.regex.Pattern.quote(metric.name()));
                    }
                    for (Metric metric : part.yearOnYearMetrics()) {
                        assertThat(flat).as(title + " chart").containsPattern("图\\d+各区（县）"
                                + java.util.regex.Pattern.quote(metric.name()) + "：2024年与2023年对比");
                    }
                }
                Metric first = MetricCatalogue.of(plan.parts().get(0).dataset()).get(0);
                assertThat(summary).as(title + " in the summary").contains("（" + numerals[n++] + "）" + title + "。全市共"
                        + first.phrase().clause(all.get(first.id())[0]));
            }
        }
    }

    /** The text of the section whose bookmark is {@code title}, to the page before the next section. */
    private static String pages(PdfReading read, List<PdfReading.Bookmark> top, String title) throws IOException {
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).title().equals(title)) {
                int to = i + 1 < top.size() ? top.get(i + 1).page() : read.pages();
                StringBuilder text = new StringBuilder();
                for (int p = top.get(i).page(); p <= to; p++) {
                    text.append(read.page(p)).append('\n');
                }
                return text.toString();
            }
        }
        throw new AssertionError("no section " + title);
    }

    @Test
    void fontsAreEmbeddedSubsetsAndChartsArePngs() throws Exception {
        runSample();
        try (PdfReading read = new PdfReading(pdf)) {
            List<PdfReading.EmbeddedFont> fonts = read.fonts();
            assertThat(fonts).isNotEmpty();
            for (PdfReading.EmbeddedFont font : fonts) {
                assertThat(font.embedded()).as(font.name() + " on page " + font.page()).isTrue();
                assertThat(font.name()).as("subset font on page " + font.page())
                        .matches("[A-Z]{6}\\+Noto(Sans|Serif)SC-(Regular|Bold)");
            }
            Calendar created = read.document().getDocumentInformation().getCreationDate();
            assertThat(created.get(Calendar.YEAR)).isBetween(2024, 2025);
        }
        assertThat(Files.size(pdf)).isLessThan(3L * 1024 * 1024);
        List<Path> charts;
        try (Stream<Path> files = Files.list(output.resolve("2024/charts"))) {
            charts = files.sorted().toList();
        }
        // 26 of the datasets, 8 of the trends (the key figures over 2023 and 2024)
        assertThat(charts).hasSize(34);
        for (Path chart : charts) {
            BufferedImage image = ImageIO.read(chart.toFile());
            // 144 dpi: a full-width chart over 800 pixels, a trend chart (two to a row) over 400
            boolean trend = chart.getFileName().toString().startsWith(ChartFactory.TREND_PREFIX);
            assertThat(image.getWidth()).as(chart.toString()).isGreaterThan(trend ? 400 : 800);
        }
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }

    @Test
    void theSameSubmissionsGiveTheSameBytes() throws Exception {
        runFreshSample();
        byte[] first = Files.readAllBytes(pdf);
        List<byte[]> firstCharts = new ArrayList<>();
        try (Stream<Path> files = Files.list(output.resolve("2024/charts"))) {
            for (Path p : files.sorted().toList()) {
                firstCharts.add(Files.readAllBytes(p));
            }
        }
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
        try (Stream<Path> files = Files.list(output.resolve("2024/charts"))) {
            List<Path> again = files.sorted().toList();
            for (int i = 0; i < again.size(); i++) {
                assertThat(Files.readAllBytes(again.get(i))).as(again.get(i).toString()).isEqualTo(firstCharts.get(i));
            }
        }
    }
}
