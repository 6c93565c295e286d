package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.Style;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One dataset's part of its section ({@link GroupSection}): comparison tables of all districts (value, rank, year-on-year change of every
 * metric in the catalogue, three metrics to a table), then its charts.
 */
final class DatasetSection {

    private static final int METRICS_PER_TABLE = 3;
    /** A dataset ranked on none of its metrics (服务中心工作) has no 位次 column: four metrics to a table. */
    private static final int METRICS_PER_UNRANKED_TABLE = 4;

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

    void write(Composition c) {
        if (c.layout.compact()) {
            c.note(Chinese.text("bulletin.table.introCompact", c.figures.districts().size()));
            c.tableTitle(Chinese.text("bulletin.table.distributionTitle", c.data.year(), title(dataset)));
            c.add(distribution(c, c.figures.shown(dataset)));
        } else {
            List<Metric> shown = c.figures.shown(dataset);
            if (sideBySide(c, shown)) {
                // 服务中心工作: not ranked, the districts side by side with the 全市 sums (v3 section 9.1)
                c.note(Chinese.text("bulletin.table.sideBySideIntro"));
                c.tableTitle(Chinese.text("bulletin.table.sideBySideTitle", c.data.year(), sectionTitle(dataset)));
                c.add(detailTable(c, shown));
                details(c);
                return;
            }
            if (dataset == c.datasets.get(0)) {
                // what 位次, 同比 and the marks mean, said before the first tables (and in 说明), not in every part
                c.note(Chinese.text("bulletin.table.intro"));
            }
            List<Metric> detail = detailed(c, dataset, shown);
            List<Metric> main = shown.stream().filter(m -> !detail.contains(m)).toList();
            boolean ranks = main.stream().anyMatch(Metric::ranked);
            List<List<Metric>> groups = EvenSplit.of(main,
                    ranks ? METRICS_PER_TABLE : METRICS_PER_UNRANKED_TABLE);
            String[] numerals = Chinese.text("bulletin.numerals").split(",");
            for (int i = 0; i < groups.size(); i++) {
                c.tableTitle(Chinese.text(groups.size() == 1 ? "bulletin.table.datasetTitle"
                        : "bulletin.table.datasetTitlePart", c.data.year(), title(dataset), numerals[i]));
                c.add(table(c, groups.get(i), ranks));
            }
            if (!detail.isEmpty()) {
                c.tableTitle(Chinese.text("bulletin.table.detailTitle", c.data.year(), title(dataset)));
                c.add(detailTable(c, detail));
            }
        }
        details(c);
        for (Chart chart : c.charts) {
            if (chart.dataset() == dataset) {
                c.chart(chart);
            }
        }
    }

    /** Up to this many districts, a dataset's contract-v3 metrics go in one 明细 table, a metric to a row. */
    static final int DETAIL_MAX_DISTRICTS = 12;

    /**
     * The dataset's metrics added by contract v3 to a v2 dataset (v3 section 7: they follow its v2
     * ones, "a second table 明细 if needed"): with at most {@link #DETAIL_MAX_DISTRICTS} districts
     * they go in a 明细 table of values, the districts side by side, so that the bulletin does not grow
     * by a page per new metric (v3 9.5); with more, in the dataset's tables after its v2 ones. A dataset
     * v3 added (中心工作) has its own tables.
     */
    static List<Metric> detailed(Composition c, Dataset dataset, List<Metric> shown) {
        if (dataset.declaration().isAddedInV3() || c.figures.districts().size() > DETAIL_MAX_DISTRICTS) {
            return List.of();
        }
        return shown.stream().filter(Metric::isAddedInV3).toList();
    }

    /**
     * Whether the dataset's metrics are all unranked (服务中心工作, v3 section 9.1) and few enough
     * districts fit side by side: one table of values, a metric to a row, no 位次.
     */
    static boolean sideBySide(Composition c, List<Metric> shown) {
        return shown.stream().noneMatch(Metric::ranked) && c.figures.districts().size() <= DETAIL_MAX_DISTRICTS;
    }

    private static final float DETAIL_NAME_WIDTH = 3.0f;

    /**
     * The 明细 table: a metric to a row, its 全市 value then each district's, as the dataset's tables
     * print them (未报送, 未采集, partial marks); the ranks and changes are in the profiles and statistics.xlsx.
     */
    private static PdfPTable detailTable(Composition c, List<Metric> metrics) {
        List<District> districts = c.figures.districts();
        float[] widths = new float[2 + districts.size()];
        widths[0] = DETAIL_NAME_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable table = c.table(widths, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.profiles.metric"), 1, 1));
        PdfPCell all = c.headCell(c.figures.municipal(metrics.get(0)).districtName(), 1, 1);
        table.addCell(all);
        for (District d : districts) {
            table.addCell(c.headCell(nameOf(c, d.code()), 1, 1));
        }
        for (Metric metric : metrics) {
            table.addCell(c.textCell(metric.name(), c.type.tableCell, Element.ALIGN_LEFT));
            table.addCell(shade(c.figureCell(c.figures.municipal(metric), c.type.tableCellStrong), true));
            for (District d : districts) {
                table.addCell(c.figureCell(c.figures.of(metric, d.code()), c.type.tableCell));
            }
        }
        table.setSpacingBefore(8);
        return table;
    }

    /** The metrics in tables of at most three, as even as can be (10 → 3, 3, 2, 2). */
    static List<List<Metric>> groups(List<Metric> metrics) {
        return EvenSplit.of(metrics, METRICS_PER_TABLE);
    }

    private static final float NAME_WIDTH = 2.2f;
    private static final float[] FIGURE_WIDTHS = {1.1f, 0.7f, 1.2f};

    /**
     * A table of a few metrics; one of fewer than three metrics is narrower, its columns as wide.
     * Without {@code ranks} (a dataset ranked on none of its metrics) each metric has its value and
     * change only, the districts side by side without a 位次.
     */
    private PdfPTable table(Composition c, List<Metric> group, boolean ranks) {
        float[] perMetric = ranks ? FIGURE_WIDTHS : new float[] {FIGURE_WIDTHS[0], FIGURE_WIDTHS[2]};
        float[] widths = new float[1 + group.size() * perMetric.length];
        widths[0] = NAME_WIDTH;
        float full = NAME_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = perMetric[(i - 1) % perMetric.length];
        }
        for (int i = 0; i < METRICS_PER_TABLE * 3; i++) {
            full += FIGURE_WIDTHS[i % 3];
        }
        float used = 0;
        for (float w : widths) {
            used += w;
        }
        PdfPTable table = c.table(widths, 2);
        table.setTotalWidth(c.width() * Math.min(1f, used / full));
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        PdfPCell corner = c.headCell(Chinese.text("bulletin.table.district"), 1, 2);
        table.addCell(corner);
        for (Metric metric : group) {
            table.addCell(c.headCell(headName(metric), perMetric.length, 1));
        }
        for (Metric metric : group) {
            table.addCell(c.headCell(Chinese.text("bulletin.table.value"), 1, 1));
            if (ranks) {
                table.addCell(c.headCell(Chinese.text("bulletin.table.rank"), 1, 1));
            }
            table.addCell(c.headCell(yoyHeader(metric), 1, 1));
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
            for (Metric metric : group) {
                Statistic s = c.figures.of(metric, code);
                if (s.status() == Status.NOT_SUBMITTED || s.status() == Status.REJECTED
                        || s.status() == Status.NOT_COLLECTED) {
                    // 未通过审核 / 未采集 across the value, rank and change columns, not broken in the value's
                    PdfPCell none = shade(c.figureCell(s, style), total);
                    none.setColspan(perMetric.length);
                    table.addCell(none);
                    continue;
                }
                table.addCell(shade(c.figureCell(s, style), total));
                if (ranks) {
                    table.addCell(shade(c.textCell(FigureText.rank(s), style, Element.ALIGN_CENTER), total));
                }
                table.addCell(shade(c.textCell(FigureText.yoy(s), style, Element.ALIGN_RIGHT), total));
            }
        }
        table.setSpacingBefore(8);
        return table;
    }

    /** The most characters of a metric's name on one line of its column head (8 pt over three columns). */
    private static final int HEAD_CHARACTERS = 14;

    /** The metric's name as its column head: a long one with its unit on a line of its own, never broken inside it. */
    static String headName(Metric metric) {
        if (metric.name().length() <= HEAD_CHARACTERS) {
            return metric.name();
        }
        return metric.shortName() + "\n" + metric.name().substring(metric.shortName().length());
    }

    /** The substance of the rows: the laws inspected, suggestions by 领域 and 承办单位, appointments by 机关. */
    private void details(Composition c) {
        new DetailsWriter(c).write(dataset);
    }

    /**
     * Beyond the full layout's limit: each metric's municipal figure and change, the highest and
     * lowest district, and the quartiles of the districts' values.
     */
    private static PdfPTable distribution(Composition c, List<Metric> metrics) {
        PdfPTable table = c.table(new float[] {3.0f, 1.2f, 1.0f, 2.3f, 1.0f, 1.0f, 1.0f, 2.3f, 1.4f}, 1);
        for (String head : Chinese.text("bulletin.table.distributionHeader").split(",")) {
            table.addCell(c.headCell(head, 1, 1));
        }
        Style cell = c.type.tableCell;
        for (Metric m : metrics) {
            Statistic municipal = c.figures.municipal(m);
            Distribution d = new Distribution(c.figures.districtsOf(m));
            table.addCell(c.textCell(m.name(), cell, Element.ALIGN_LEFT));
            table.addCell(c.figureCell(municipal, cell));
            table.addCell(c.textCell(FigureText.yoy(municipal), cell, Element.ALIGN_RIGHT));
            table.addCell(c.textCell(d.size() == 0 ? "" : end(c, d.top(1).get(0)), cell, Element.ALIGN_LEFT));
            for (double q : new double[] {0.75, 0.5, 0.25}) {
                BigDecimal value = d.quantile(q);
                table.addCell(c.textCell(value == null ? "" : value.toPlainString(), cell, Element.ALIGN_RIGHT));
            }
            table.addCell(c.textCell(d.size() == 0 ? "" : end(c, d.bottom(1).get(0)), cell, Element.ALIGN_LEFT));
            table.addCell(c.textCell(Integer.toString(d.size()), cell, Element.ALIGN_RIGHT));
        }
        return table;
    }

    /** "青溪区 12": the district at one end, with its value. */
    private static String end(Composition c, Statistic s) {
        return c.figures.name(s.districtCode()) + " " + s.value().toPlainString()
                + (FigureText.isPartial(s) ? FigureText.partialMark() : "");
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
        return c.figures.name(code);
    }
}
