package com.districtbulletin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.StatisticsFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.util.FileSystemUtils;

/** statistics.xlsx of the sample input, read back against statistics.csv. */
class StatisticsWorkbookTest extends BulletinTestBase {

    private static final Map<String, String> STATUS = Map.of("ok", "正常", "partial", "部分",
            "not_submitted", "未报送", "rejected", "未通过审核", "not_applicable", "不适用", "not_collected", "未采集");

    @Test
    void everyFigureOfStatisticsCsvIsInTheWorkbookAsANumber() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StatisticsFile csv = new StatisticsFile(output.resolve("2024/statistics.csv"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(output.resolve("2024/statistics.xlsx").toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            // 全部指标, then one sheet per dataset of the contract, in the order of its metrics (section 8)
            assertThat(sheets.stream().map(Sheet::getName)).containsExactly("全部指标", "会议", "监督活动", "任免",
                    "代表建议", "代表活动", "联络站点", "民生实事", "信访", "立法联系", "备案审查", "履职评议", "中心工作");
            List<Row> all = sheets.get(0).read();
            assertThat(texts(all.get(0))).containsExactly("年度", "区划代码", "区（县）", "指标代码", "指标", "数值", "位次",
                    "同比", "状态");
            List<CSVRecord> records = new ArrayList<>();
            csv.all().forEach(records::add);
            assertThat(all).hasSize(records.size() + 1);
            for (int i = 0; i < records.size(); i++) {
                CSVRecord r = records.get(i);
                Row row = all.get(i + 1);
                String what = r.get("district_code") + " " + r.get("metric");
                assertNumber(row, 0, r.get("year"), what);
                assertThat(row.getCellText(1)).as(what).isEqualTo(r.get("district_code"));
                assertThat(row.getCellText(2)).as(what).isEqualTo(r.get("district_name"));
                assertThat(row.getCellText(3)).as(what).isEqualTo(r.get("metric"));
                assertThat(row.getCellText(4)).as(what).isEqualTo(MetricCatalogue.byId(r.get("metric")).name());
                assertNumber(row, 5, r.get("value"), what + " value");
                assertNumber(row, 6, r.get("rank"), what + " rank");
                assertNumber(row, 7, r.get("yoy_change"), what + " yoy");
                assertThat(row.getCellText(8)).as(what).isEqualTo(STATUS.get(r.get("status")));
            }
            assertThat(all.stream().filter(r -> r.getCellText(1).equals("ALL")).map(r -> r.getCellText(2)))
                    .isNotEmpty().allMatch("全市"::equals);

            // a figure not collected reads 未采集 in its dataset's sheet, never 未报送: the sample's 东湖新技术开发区
            // sends no v3 column in 2024 (input/README.md), 青溪区 sends them all
            List<Row> meetings = sheets.get(1).read();
            List<String> meetingsHeader = texts(meetings.get(0));
            int agenda = meetingsHeader.indexOf("常委会会议议题（项）");
            assertThat(agenda).as("v3's meetings metrics follow v2's").isGreaterThan(
                    meetingsHeader.indexOf("列席代表（人次）"));
            assertThat(meetings.stream().skip(1).filter(r -> r.getCellText(0).equals("990108"))
                    .map(r -> r.getCellText(agenda))).containsExactly("未采集");
            assertThat(meetings.stream().skip(1).filter(r -> r.getCellText(0).equals("990101"))
                    .map(r -> r.getCellText(agenda))).singleElement().matches(t -> t.matches("\\d+"));

            // the suggestions sheet: 全市 first, districts down, every metric's value, rank and change across
            List<Row> suggestions = sheets.get(4).read();
            List<String> header = texts(suggestions.get(0));
            assertThat(header.subList(0, 5)).containsExactly("区划代码", "区（县）", "代表建议和议案（件）",
                    "代表建议和议案位次", "代表建议和议案同比");
            assertThat(suggestions.get(1).getCellText(1)).isEqualTo("全市");
            Map<String, Row> byCode = new HashMap<>();
            suggestions.stream().skip(1).forEach(r -> byCode.put(r.getCellText(0), r));
            for (CSVRecord r : records) {
                Metric metric = MetricCatalogue.byId(r.get("metric"));
                if (!metric.dataset().fileName().equals("suggestions")) {
                    continue;
                }
                int column = header.indexOf(metric.name());
                Row row = byCode.get(r.get("district_code"));
                String what = r.get("district_code") + " " + r.get("metric");
                assertNumber(row, column, r.get("value"), what);
                assertNumber(row, column + 1, r.get("rank"), what);
                assertNumber(row, column + 2, r.get("yoy_change"), what);
            }
        }
    }

    /** Every sheet filters by its header; a change is signed as in the PDF (+8, −3). */
    @Test
    void everySheetHasAnAutoFilterAndChangesAreSigned() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(output.resolve("2024/statistics.xlsx").toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        List<String> sheets = parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
        assertThat(sheets).as("全部指标 and a sheet per dataset").hasSize(1 + com.districtbulletin.dataset.Dataset.values().length);
        for (String sheet : sheets) {
            assertThat(parts.get(sheet)).as(sheet).containsPattern("<autoFilter ref=\"A1:[A-Z]+\\d+\"");
        }
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:I");
        assertThat(parts.get("xl/styles.xml")).contains("formatCode=\"+0;\\\u22120;0\"")
                .contains("formatCode=\"+0.0;\\\u22120.0;0.0\"");
    }

    private static void assertNumber(Row row, int column, String expected, String what) {
        Cell cell = row.getCell(column);
        if (expected.isEmpty()) {
            assertThat(cell == null || cell.getType() == CellType.EMPTY).as(what + " empty").isTrue();
            return;
        }
        assertThat(cell.getType()).as(what).isEqualTo(CellType.NUMBER);
        assertThat(cell.asNumber()).as(what).isEqualByComparingTo(new BigDecimal(expected));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(row.getCellText(i));
        }
        return texts;
    }
}
