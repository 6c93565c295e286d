package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.text.Chinese;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code statistics.xlsx} (data contract section 9): the figures of statistics.csv for people. A
 * sheet 全部指标 with one row per district (and 全市) per metric, then a sheet per dataset laid out
 * as the bulletin's tables: districts down (全市 first), each metric's value, rank and change
 * across. Values are numeric cells holding the published (rounded) value, empty where the value is.
 */
public final class StatisticsWorkbook {

    private static final String INTEGER = "0";
    private static final String ONE_DECIMAL = "0.0";
    /** A change as the bulletin prints it: +8, −3 with a true minus sign (escaped: FastExcel writes no quote), 0. */
    private static final String SIGNED_INTEGER = "+0;\\\u22120;0";
    private static final String SIGNED_ONE_DECIMAL = "+0.0;\\\u22120.0;0.0";
    private static final int WIDEST = 60;

    private StatisticsWorkbook() {
    }

    public static void write(Path file, List<Statistic> statistics) throws IOException {
        AtomicFile.write(file, out -> write(out, statistics));
    }

    public static void write(OutputStream out, List<Statistic> statistics) throws IOException {
        Workbook workbook = new Workbook(out, "District Bulletin", "1.0");
        allFigures(workbook.newWorksheet(Chinese.text("statistics.xlsx.allSheet")), statistics);
        Map<Dataset, List<Statistic>> byDataset = new LinkedHashMap<>();
        for (Statistic s : statistics) {
            byDataset.computeIfAbsent(s.metric().dataset(), d -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<Dataset, List<Statistic>> e : byDataset.entrySet()) {
            datasetSheet(workbook.newWorksheet(e.getKey().alias()), e.getValue());
        }
        workbook.finish();
    }

    private static void allFigures(Worksheet sheet, List<Statistic> statistics) {
        Columns columns = new Columns(sheet);
        for (String header : Chinese.text("statistics.xlsx.allHeader").split(",")) {
            columns.header(header);
        }
        int row = 1;
        for (Statistic s : statistics) {
            int c = 0;
            columns.number(row, c++, BigDecimal.valueOf(s.year()), INTEGER);
            columns.text(row, c++, s.districtCode());
            columns.text(row, c++, s.districtName());
            columns.text(row, c++, s.metric().id());
            columns.text(row, c++, s.metric().name());
            columns.number(row, c++, s.value(), format(s.metric()));
            columns.number(row, c++, s.rank() == null ? null : BigDecimal.valueOf(s.rank()), INTEGER);
            columns.number(row, c++, s.yoyChange(), signed(s.metric()));
            columns.text(row, c, statusText(s.status()));
            row++;
        }
        columns.finish();
    }

    /** Districts down, 全市 first; per metric its value, rank and change; the dataset's status last. */
    private static void datasetSheet(Worksheet sheet, List<Statistic> statistics) {
        Map<Metric, Integer> metricColumn = new LinkedHashMap<>();
        Map<String, Integer> districtRow = new LinkedHashMap<>();
        Map<String, Status> districtStatus = new LinkedHashMap<>();
        for (Statistic s : statistics) {
            metricColumn.putIfAbsent(s.metric(), 2 + metricColumn.size() * 3);
            districtRow.putIfAbsent(s.districtCode(), 1 + districtRow.size());
            districtStatus.merge(s.districtCode(), s.status(), StatisticsWorkbook::datasetStatus);
        }
        Columns columns = new Columns(sheet);
        columns.header(Chinese.text("statistics.xlsx.code"));
        columns.header(Chinese.text("statistics.xlsx.district"));
        for (Metric m : metricColumn.keySet()) {
            columns.header(m.name());
            columns.header(Chinese.text("statistics.xlsx.rankOf", m.shortName()));
            columns.header(Chinese.text(m.kind().isCount() ? "statistics.xlsx.yoyOf" : "statistics.xlsx.yoyPointsOf",
                    m.shortName()));
        }
        int statusColumn = columns.header(Chinese.text("statistics.xlsx.status"));
        for (Statistic s : statistics) {
            int row = districtRow.get(s.districtCode());
            int c = metricColumn.get(s.metric());
            if (c == 2) {
                columns.text(row, 0, s.districtCode());
                columns.text(row, 1, s.districtName());
                columns.text(row, statusColumn, statusText(districtStatus.get(s.districtCode())));
            }
            if (s.status() == Status.NOT_COLLECTED) {
                columns.text(row, c, statusText(s.status()));
            } else {
                columns.number(row, c, s.value(), format(s.metric()));
            }
            columns.number(row, c + 1, s.rank() == null ? null : BigDecimal.valueOf(s.rank()), INTEGER);
            columns.number(row, c + 2, s.yoyChange(), signed(s.metric()));
        }
        columns.finish();
    }

    /** A dataset's status for a district: not submitted / rejected over partial over ok (not applicable is per metric). */
    private static Status datasetStatus(Status a, Status b) {
        return rankOf(b) > rankOf(a) ? b : a;
    }

    private static int rankOf(Status s) {
        return switch (s) {
            case NOT_SUBMITTED, REJECTED -> 3;
            case PARTIAL -> 2;
            case OK -> 1;
            case NOT_APPLICABLE, NOT_COLLECTED -> 0;
        };
    }

    static String statusText(Status status) {
        return Chinese.text("statistics.status." + status.code());
    }

    private static String format(Metric metric) {
        return metric.kind().isCount() ? INTEGER : ONE_DECIMAL;
    }

    private static String signed(Metric metric) {
        return metric.kind().isCount() ? SIGNED_INTEGER : SIGNED_ONE_DECIMAL;
    }

    /** Writes cells and remembers each column's widest text, for widths that fit. */
    private static final class Columns {

        private final Worksheet sheet;
        private final List<Integer> widths = new ArrayList<>();
        private int lastRow;

        Columns(Worksheet sheet) {
            this.sheet = sheet;
        }

        int header(String text) {
            int column = widths.size();
            widths.add(0);
            sheet.value(0, column, text);
            sheet.style(0, column).bold().wrapText(false).set();
            fit(column, text);
            return column;
        }

        void text(int row, int column, String text) {
            lastRow = Math.max(lastRow, row);
            sheet.value(row, column, text);
            fit(column, text);
        }

        void number(int row, int column, BigDecimal value, String format) {
            if (value == null) {
                return;
            }
            lastRow = Math.max(lastRow, row);
            sheet.value(row, column, value);
            sheet.style(row, column).format(format).set();
            fit(column, value.toPlainString());
        }

        private void fit(int column, String text) {
            int w = 0;
            for (int i = 0; i < text.length(); i++) {
                w += text.charAt(i) < 0x1100 ? 1 : 2;
            }
            if (w > widths.get(column)) {
                widths.set(column, w);
            }
        }

        void finish() {
            for (int c = 0; c < widths.size(); c++) {
                sheet.width(c, Math.min(WIDEST, widths.get(c) + 2));
            }
            sheet.freezePane(0, 1);
            // every sheet filters by its header row: 全部指标 has hundreds of rows
            sheet.setAutoFilter(0, 0, Math.max(lastRow, 1), widths.size() - 1);
        }
    }
}
