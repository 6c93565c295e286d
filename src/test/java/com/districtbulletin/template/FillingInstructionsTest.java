package com.districtbulletin.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.CrossFieldRule;
import com.districtbulletin.dataset.Dataset;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 填报说明.html and the xlsx templates' instructions sheet, as written to disk and read back: every
 * dataset and column is there, and a column a cross-field rule requires only with a given choice
 * elsewhere shows as such ("已办结时必填"), worded from the rule.
 */
class FillingInstructionsTest {

    private static final Pattern ROW = Pattern.compile("<tr><td>(.*?)</td><td><code>(.*?)</code></td><td>(.*?)</td>"
            + "<td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>");

    @TempDir
    Path folder;

    @Test
    void theHtmlCoversEveryDatasetAndShowsConditionallyRequiredColumnsAsSuch() throws Exception {
        Map<String, Map<String, List<String>>> sections = writtenSections();
        for (Dataset dataset : Dataset.values()) {
            Map<String, List<String>> rows = sections.get(heading(dataset));
            assertThat(rows).as("the section of %s", dataset.fileName()).isNotNull();
            assertThat(rows.keySet()).as("the columns of %s", dataset.fileName())
                    .containsExactlyElementsOf(dataset.columns().stream().map(Column::name).toList());
            for (Column column : dataset.columns()) {
                List<String> cells = rows.get(column.name());
                assertThat(cells.get(0)).isEqualTo(column.alias());
                assertThat(cells.get(3)).as("%s.%s", dataset.fileName(), column.name())
                        .isEqualTo(expectedRequirement(dataset, column));
            }
        }
        Map<String, List<String>> suggestions = sections.get("代表建议（suggestions）");
        assertThat(suggestions.get("outcome").get(3)).isEqualTo("已办结时必填");
        assertThat(suggestions.get("closed_date").get(3)).isEqualTo("已办结时必填");
        assertThat(suggestions.get("status").get(3)).isEqualTo("必填");
        assertThat(suggestions.get("satisfaction").get(3)).isEqualTo("选填");
        assertThat(suggestions.get("outcome").get(6)).isEqualTo("A 已解决或采纳，B 正在解决或列入计划，C 因条件限制暂不能解决；"
                + "办理状态为“已办结”时必填，为“正在办理”时须留空");
        assertThat(suggestions.get("closed_date").get(6)).contains("不得早于提出日期");
        Map<String, List<String>> projects = sections.get("民生实事（livelihood_projects）");
        assertThat(projects.get("completed_date").get(3)).isEqualTo("已完成时必填");
        assertThat(projects.get("completed_date").get(6)).contains("推进状态为“已完成”时必填，为“按进度推进”“滞后”时须留空");
        assertThat(sections.get("信访（petitions）").get("status").get(6)).isEqualTo("填写了处理方式时才可填写");
        assertThat(sections.get("信访（petitions）").get("received_date").get(6))
                .isEqualTo("须在报送年度内，信访积案为“是”时可早于报送年度；不得晚于报送年度");
        assertThat(sections.get("备案审查（filings）").get("corrected").get(6)).isEqualTo("发现问题为“是”时才可填“是”");
        assertThat(sections.get("代表活动（deputy_activities）").get("opinions_handled").get(6))
                .endsWith("不得多于收集意见建议数");
        assertThat(sections.get("区划名录（districts.csv）")).containsKey("deputies_all_levels").containsKey("townships");
        // contract v3: rules that hold on rows of some choices, and the new columns marked as such
        Map<String, List<String>> legislation = sections.get("立法联系（legislation）");
        assertThat(legislation.get("law_title").get(3)).isEqualTo("立法意见征集、立法调研、配合执法检查、配合专题调研时必填");
        assertThat(legislation.get("law_title").get(6))
                .endsWith("任务类型为立法意见征集、立法调研、配合执法检查、配合专题调研时必须填写");
        Map<String, List<String>> activities = sections.get("代表活动（deputy_activities）");
        assertThat(activities.get("officials_attending").get(6)).startsWith("新增，选填；未统计时请删除此列；")
                .endsWith("活动类型为负责人进站时必须填写且至少为1");
        assertThat(activities.get("organizer").get(6)).contains("未填主办的履职培训不计入");
        assertThat(activities.get("opinions_resolved").get(6)).endsWith("不得多于办结办复数");
        Map<String, List<String>> tasks = sections.get("中心工作（service_tasks）");
        assertThat(tasks.get("start_date").get(6)).contains("任务类型为招商考察、督导时须在报送年度内")
                .contains("任务类型为包保项目企业、河湖长制、领办实事、督导组、其他时不得晚于报送年度");
        assertThat(tasks.get("end_date").get(6)).contains("不得早于报送年度1月1日").contains("不得早于开始日期");
        assertThat(sections.get("会议（meetings）").get("attending_opinions").get(6))
                .endsWith("会议类型为常委会会议时填写了列席代表人数时才可填写");
    }

    @Test
    void conditionalWordingComesFromTheRulesNotFromHandWrittenMeanings() {
        for (Dataset dataset : Dataset.values()) {
            for (Column column : dataset.columns()) {
                assertThat(column.meaning()).as("%s.%s: the rules say when it is required", dataset.fileName(),
                        column.name()).doesNotContain("必填").doesNotContain("留空时").doesNotContain("不得早于")
                        .doesNotContain("不得多于").doesNotContain("才可").doesNotContain("不得晚于");
            }
        }
        long conditional = java.util.Arrays.stream(Dataset.values()).flatMap(d -> d.rules().stream())
                .filter(r -> r instanceof CrossFieldRule.RequiredWhen).count();
        assertThat(conditional).as("outcome, closed_date, completed_date").isEqualTo(3);
    }

    @Test
    void theXlsxInstructionsSheetSaysWhatTheHtmlSays() throws Exception {
        Map<String, Map<String, List<String>>> sections = writtenSections();
        for (Dataset dataset : Dataset.values()) {
            Map<String, List<String>> html = sections.get(heading(dataset));
            Map<String, List<String>> sheet = instructionsSheet(folder.resolve(XlsxTemplate.name(dataset)));
            for (Column column : dataset.columns()) {
                assertThat(sheet.get(column.name())).as("%s.%s on the instructions sheet", dataset.fileName(),
                        column.name()).isEqualTo(html.get(column.name()));
            }
        }
        Map<String, List<String>> suggestions = instructionsSheet(folder.resolve("区划代码_年度_代表建议.xlsx"));
        assertThat(suggestions.get("outcome").get(3)).isEqualTo("已办结时必填");
        assertThat(instructionsSheet(folder.resolve("区划代码_年度_民生实事.xlsx")).get("completed_date").get(3))
                .isEqualTo("已完成时必填");
    }

    private static String expectedRequirement(Dataset dataset, Column column) {
        if (column.isRequired()) {
            return "必填";
        }
        Optional<CrossFieldRule.RequiredWhen> rule = dataset.rules().stream()
                .filter(r -> r instanceof CrossFieldRule.RequiredWhen && r.column().equals(column.name()))
                .map(CrossFieldRule.RequiredWhen.class::cast).findFirst();
        Optional<CrossFieldRule.Where> givenOn = dataset.rules().stream()
                .filter(r -> r instanceof CrossFieldRule.Where w && w.rule() instanceof CrossFieldRule.Given
                        && r.column().equals(column.name()))
                .map(CrossFieldRule.Where.class::cast).findFirst();
        return rule.map(r -> dataset.columnNamed(r.when()).choiceCoded(r.value()).orElseThrow().label() + "时必填")
                .or(() -> givenOn.map(w -> String.join("、", w.codes().stream()
                        .map(code -> dataset.columnNamed(w.when()).choiceCoded(code).orElseThrow().label()).toList())
                        + "时必填"))
                .orElse("选填");
    }

    /** Writes the templates into the test's folder and reads 填报说明.html back, by section. */
    private Map<String, Map<String, List<String>>> writtenSections() throws Exception {
        ClerkTemplates.write(folder);
        return sections(Files.readString(folder.resolve(FillingInstructions.FILE_NAME)));
    }

    private static String heading(Dataset dataset) {
        return dataset.alias() + "（" + dataset.fileName() + "）";
    }

    /** Per section heading (<h2>), the column table's rows by English column name, cells unescaped. */
    private static Map<String, Map<String, List<String>>> sections(String html) {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        String[] parts = html.split("<h2>");
        for (int i = 1; i < parts.length; i++) {
            String heading = unescape(parts[i].substring(0, parts[i].indexOf("</h2>")));
            Map<String, List<String>> rows = new LinkedHashMap<>();
            Matcher m = ROW.matcher(parts[i]);
            while (m.find()) {
                List<String> cells = new ArrayList<>();
                for (int g = 1; g <= 7; g++) {
                    cells.add(unescape(m.group(g)));
                }
                rows.put(cells.get(1), cells);
            }
            sections.put(heading, rows);
        }
        return sections;
    }

    /** The instructions sheet's column table: rows after the 中文列名 header, by English column name. */
    private static Map<String, List<String>> instructionsSheet(Path workbook) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook book = new ReadableWorkbook(in)) {
            Sheet sheet = book.findSheet("填写说明").orElseThrow();
            int header = -1;
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 7; c++) {
                    cells.add(c < row.getCellCount() && row.getCell(c) != null ? row.getCellText(c) : "");
                }
                if (cells.get(0).equals("中文列名")) {
                    header = row.getRowNum();
                } else if (header > 0 && row.getRowNum() == header + rows.size() + 1) {
                    rows.put(cells.get(1), cells);
                }
            }
        }
        return rows;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
