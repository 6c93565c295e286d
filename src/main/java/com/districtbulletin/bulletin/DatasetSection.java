package com.districtbulletin.bulletin;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One dataset: comparison tables of all districts (value, rank, year-on-year change of every
 * metric in the catalogue, three metrics to a table), then its charts.
 */
final class DatasetSection implements BulletinSection {

    private static final int METRICS_PER_TABLE = 3;

    private final Dataset dataset;

    DatasetSection(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The dataset's name in text: 会议, 监督活动, 任免, 代表建议. */
    static String title(Dataset dataset) {
        return Chinese.text("bulletin.dataset." + dataset.fileName().toLowerCase(Locale.ROOT));
    }

    /** The dataset's section title: 会议情况… */
    static String sectionTitle(Dataset dataset) {
        return Chinese.text("bulletin.section." + dataset.fileName().toLowerCase(Locale.ROOT));
    }

    @Override
    public void write(Composition c) {
        c.heading(Contents.datasetId(dataset));
        c.note(Chinese.text("bulletin.table.intro"));
        List<Metric> metrics = MetricCatalogue.of(dataset);
        int tableNo = 0;
        for (int from = 0; from < metrics.size(); from += METRICS_PER_TABLE) {
            List<Metric> group = metrics.subList(from, Math.min(metrics.size(), from + METRICS_PER_TABLE));
            c.add(table(c, group, ++tableNo, metrics.size() > METRICS_PER_TABLE));
        }
        for (Chart chart : c.charts) {
            if (chart.dataset() == dataset) {
                c.chart(chart);
            }
        }
        c.newPage();
    }

    private PdfPTable table(Composition c, List<Metric> group, int tableNo, boolean numbered) {
        float[] widths = new float[1 + METRICS_PER_TABLE * 3];
        widths[0] = 2.3f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = i % 3 == 1 ? 1.15f : i % 3 == 2 ? 0.8f : 1.0f;
        }
        PdfPTable table = c.table(widths, 2);
        table.setKeepTogether(true);
        PdfPCell corner = c.headCell(Chinese.text("bulletin.table.district"), 1, 2);
        table.addCell(corner);
        for (int i = 0; i < METRICS_PER_TABLE; i++) {
            table.addCell(c.headCell(i < group.size() ? group.get(i).name() : "", 3, 1));
        }
        for (int i = 0; i < METRICS_PER_TABLE; i++) {
            boolean present = i < group.size();
            table.addCell(c.headCell(present ? Chinese.text("bulletin.table.value") : "", 1, 1));
            table.addCell(c.headCell(present ? Chinese.text("bulletin.table.rank") : "", 1, 1));
            table.addCell(c.headCell(present ? yoyHeader(group.get(i)) : "", 1, 1));
        }
        List<String> codes = new ArrayList<>();
        codes.add(Statistic.ALL);
        for (District d : c.figures.districts()) {
            codes.add(d.code());
        }
        for (String code : codes) {
            boolean total = Statistic.ALL.equals(code);
            Style style = total ? c.type.tableCellStrong : c.type.tableCell;
            String name = total ? c.figures.municipal(group.get(0)).districtName() : nameOf(c, code);
            PdfPCell nameCell = c.textCell(name, style, Element.ALIGN_LEFT);
            shade(nameCell, total);
            table.addCell(nameCell);
            for (int i = 0; i < METRICS_PER_TABLE; i++) {
                if (i >= group.size()) {
                    for (int k = 0; k < 3; k++) {
                        table.addCell(shade(c.textCell("", style, Element.ALIGN_CENTER), total));
                    }
                    continue;
                }
                Statistic s = c.figures.of(group.get(i), code);
                table.addCell(shade(c.figureCell(s, style), total));
                table.addCell(shade(c.textCell(FigureText.rank(s), style, Element.ALIGN_CENTER), total));
                table.addCell(shade(c.textCell(FigureText.yoy(s), style, Element.ALIGN_RIGHT), total));
            }
        }
        table.setSpacingBefore(numbered ? 8 : 4);
        return table;
    }

    private static String yoyHeader(Metric metric) {
        return Chinese.text(metric.kind() == MetricKind.RATE ? "bulletin.table.yoyPoints" : "bulletin.table.yoy");
    }

    private static PdfPCell shade(PdfPCell cell, boolean total) {
        if (total) {
            cell.setBackgroundColor(Composition.TOTAL_FILL);
        }
        return cell;
    }

    static String nameOf(Composition c, String code) {
        return c.figures.districts().stream().filter(d -> d.code().equals(code)).map(District::name).findFirst()
                .orElse(code);
    }
}
