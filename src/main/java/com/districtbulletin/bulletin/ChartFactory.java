package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.BulletinFonts.Face;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.text.Chinese;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The bulletin's charts, drawn from the stored statistics: horizontal bars (district names read
 * across, however long) of a key metric, grouped bars of this year against last year, and the
 * 100% stacked bar of suggestion outcomes. Every label is checked against the chart font.
 */
final class ChartFactory {

    static final Color THIS_YEAR = new Color(0x2F, 0x55, 0x97);
    static final Color LAST_YEAR = new Color(0xAE, 0xAE, 0xAE);
    static final Color MUNICIPAL = new Color(0x1F, 0x2D, 0x4D);
    static final Color[] OUTCOME_COLOURS = {
        new Color(0x2F, 0x55, 0x97), new Color(0x8F, 0xAA, 0xDC), new Color(0xF4, 0xB1, 0x83),
        new Color(0xD9, 0xD9, 0xD9)};
    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    private static final double SMALLEST_LABELLED_SHARE = 6.0;

    private final BulletinData data;
    private final Figures figures;
    private final float width;
    private int number;

    ChartFactory(BulletinData data, Figures figures, float width) {
        this.data = data;
        this.figures = figures;
        this.width = width;
    }

    /** Every chart of the bulletin, dataset by dataset, numbered 图1, 图2… in that order. */
    List<Chart> all() {
        List<Chart> charts = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            for (Metric m : ChartPlan.acrossDistricts(dataset)) {
                charts.add(acrossDistricts(m));
            }
            for (Metric m : ChartPlan.yearOnYear(dataset)) {
                charts.add(yearOnYear(m));
            }
            if (dataset == ChartPlan.OUTCOMES_DATASET) {
                charts.add(outcomes());
            }
        }
        return charts;
    }

    /**
     * Bars of one metric across the districts; a rate (or per-100-deputies figure) also gets the
     * municipal value as a first, darker bar, so that each district reads against it.
     */
    Chart acrossDistricts(Metric metric) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = checked(Integer.toString(data.year()), Face.SANS);
        Map<String, String> labels = new HashMap<>();
        boolean partial = false;
        boolean missing = false;
        Statistic municipal = figures.municipal(metric);
        boolean withMunicipal = !metric.kind().isCount() && municipal.value() != null;
        List<Statistic> shown = new ArrayList<>();
        if (withMunicipal) {
            shown.add(municipal);
        }
        shown.addAll(figures.districtsOf(metric));
        for (Statistic s : shown) {
            String category = category(s);
            dataset.addValue(s.value(), series, category);
            labels.put(series + "|" + category, s.value() == null ? null : s.value().toPlainString());
            partial |= FigureText.isPartial(s);
            missing |= s.value() == null;
        }
        String title = Chinese.text("bulletin.chart.acrossDistricts", ++number, data.year(), metric.name());
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return withMunicipal && column == 0 ? MUNICIPAL : THIS_YEAR;
            }
        };
        CategoryPlot plot = plot(dataset, renderer, metric);
        renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
        List<String> notes = new ArrayList<>();
        if (withMunicipal) {
            notes.add(Chinese.text("bulletin.chart.note.municipalBar", municipal.districtName(), metric.shortName()));
        }
        if (missing) {
            notes.add(Chinese.text("bulletin.chart.note.missing"));
        }
        JFreeChart chart = chart(title, plot, false);
        float height = 62 + shown.size() * 19f;
        return new Chart("bar-" + metric.id() + ".png", metric.dataset(), chart, width, height, notes, partial);
    }

    /**
     * This year against last year. Last year's value is this year's minus the year-on-year change,
     * both from statistics.csv, so that every bar can be traced to it.
     */
    Chart yearOnYear(Metric metric) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String lastYear = checked(Chinese.text("bulletin.chart.yearSeries", data.year() - 1), Face.SANS);
        String thisYear = checked(Chinese.text("bulletin.chart.yearSeries", data.year()), Face.SANS);
        Map<String, String> labels = new HashMap<>();
        boolean partial = false;
        for (Statistic s : figures.districtsOf(metric)) {
            String category = category(s);
            BigDecimal before = s.value() == null || s.yoyChange() == null ? null : s.value().subtract(s.yoyChange());
            dataset.addValue(before, lastYear, category);
            dataset.addValue(s.value(), thisYear, category);
            labels.put(lastYear + "|" + category, before == null ? null : before.toPlainString());
            labels.put(thisYear + "|" + category, s.value() == null ? null : s.value().toPlainString());
            partial |= FigureText.isPartial(s);
        }
        String title = Chinese.text("bulletin.chart.yearOnYear", ++number, metric.name(), data.year(),
                data.year() - 1);
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.04);
        CategoryPlot plot = plot(dataset, renderer, metric);
        renderer.setSeriesPaint(0, LAST_YEAR);
        renderer.setSeriesPaint(1, THIS_YEAR);
        renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
        plot.getDomainAxis().setCategoryMargin(0.22);
        JFreeChart chart = chart(title, plot, true);
        List<String> notes = List.of(Chinese.text("bulletin.chart.note.lastYear"));
        float height = 86 + figures.districts().size() * 25f;
        return new Chart("yoy-" + metric.id() + ".png", metric.dataset(), chart, width, height, notes, partial);
    }

    /**
     * Suggestion outcomes per district as shares of all suggestions: A, B, C (closed) and those still
     * being handled. Bar lengths are the exact counts; the printed shares are statistics.csv's rates.
     */
    Chart outcomes() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String[] series = {
            checked(Chinese.text("bulletin.chart.outcome.a"), Face.SANS),
            checked(Chinese.text("bulletin.chart.outcome.b"), Face.SANS),
            checked(Chinese.text("bulletin.chart.outcome.c"), Face.SANS),
            checked(Chinese.text("bulletin.chart.outcome.open"), Face.SANS)};
        Map<String, String> labels = new HashMap<>();
        boolean partial = false;
        boolean missing = false;
        for (District d : figures.districts()) {
            Statistic a = figures.of(ChartPlan.OUTCOME_A, d.code());
            Statistic b = figures.of(ChartPlan.OUTCOME_B, d.code());
            Statistic c = figures.of(ChartPlan.OUTCOME_C, d.code());
            Statistic closure = figures.of(ChartPlan.CLOSURE_RATE, d.code());
            Statistic all = figures.of(ChartPlan.ALL_SUGGESTIONS, d.code());
            Statistic closed = figures.of(ChartPlan.CLOSED_SUGGESTIONS, d.code());
            String category = category(a);
            partial |= FigureText.isPartial(a);
            if (a.value() == null || all.value() == null || closed.value() == null) {
                missing = true;
                for (String s : series) {
                    dataset.addValue(null, s, category);
                }
                continue;
            }
            Statistic[] shares = {a, b, c};
            for (int i = 0; i < 3; i++) {
                dataset.addValue(shares[i].numerator(), series[i], category);
                labels.put(series[i] + "|" + category, shareLabel(shares[i].value()));
            }
            dataset.addValue(all.value().subtract(closed.value()), series[3], category);
            labels.put(series[3] + "|" + category,
                    shareLabel(new BigDecimal("100.0").subtract(closure.value())));
        }
        String title = Chinese.text("bulletin.chart.outcomes", ++number, data.year());
        StackedBarRenderer renderer = new StackedBarRenderer(true);
        CategoryPlot plot = plot(dataset, renderer, ChartPlan.OUTCOME_A);
        for (int i = 0; i < OUTCOME_COLOURS.length; i++) {
            renderer.setSeriesPaint(i, OUTCOME_COLOURS[i]);
        }
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        plot.getDomainAxis().setCategoryMargin(0.18);
        renderer.setDefaultItemLabelFont(font(Face.SANS, 7f));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.2));
        axis.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        JFreeChart chart = chart(title, plot, true);
        List<String> notes = new ArrayList<>();
        notes.add(Chinese.text("bulletin.chart.note.outcomes"));
        if (missing) {
            notes.add(Chinese.text("bulletin.chart.note.missing"));
        }
        float height = 86 + figures.districts().size() * 21f;
        return new Chart("outcomes-" + ChartPlan.OUTCOMES_DATASET.fileName() + ".png", ChartPlan.OUTCOMES_DATASET,
                chart, width, height, notes, partial);
    }

    private static String shareLabel(BigDecimal share) {
        return share.doubleValue() < SMALLEST_LABELLED_SHARE ? null : share.toPlainString();
    }

    /** The district's name as a category, with 未报送, — or the partial marker after it. */
    private String category(Statistic s) {
        String name = s.isMunicipality() ? s.districtName() : name(s.districtCode());
        String label;
        if (s.status() == Status.NOT_SUBMITTED) {
            label = Chinese.text("bulletin.chart.category.marked", name, FigureText.notSubmitted());
        } else if (s.status() == Status.REJECTED) {
            label = Chinese.text("bulletin.chart.category.marked", name, FigureText.rejected());
        } else if (s.value() == null) {
            label = Chinese.text("bulletin.chart.category.marked", name, FigureText.notApplicable());
        } else if (s.status() == Status.PARTIAL) {
            label = name + FigureText.partialMark();
        } else {
            label = name;
        }
        return checked(label, Face.SANS);
    }

    private String name(String code) {
        for (District d : figures.districts()) {
            if (d.code().equals(code)) {
                return d.name();
            }
        }
        return code;
    }

    private CategoryPlot plot(CategoryDataset dataset, BarRenderer renderer, Metric metric) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font(Face.SANS, 8.5f));
        categories.setTickLabelPaint(Typography.INK);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.3);
        categories.setTickMarksVisible(false);
        categories.setAxisLinePaint(Typography.GREY);
        NumberAxis values = new NumberAxis();
        values.setTickLabelFont(font(Face.SANS, 7.5f));
        values.setTickLabelPaint(Typography.GREY);
        values.setAxisLineVisible(false);
        values.setUpperMargin(0.14);
        values.setAutoRangeIncludesZero(true);
        if (metric.kind() == MetricKind.RATE) {
            values.setRange(0, 100 * 1.13);
            values.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        } else if (metric.kind().isCount()) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Face.SANS, 7.5f));
        renderer.setDefaultItemLabelPaint(Typography.INK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, font(Face.HEADING, 10f), plot, legend);
        TextTitle heading = new TextTitle(checked(title, Face.HEADING), font(Face.HEADING, 10f));
        heading.setPaint(Typography.INK);
        heading.setPadding(new RectangleInsets(2, 0, 8, 0));
        chart.setTitle(heading);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 4, 10));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(font(Face.SANS, 8f));
            l.setItemPaint(Typography.INK);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    private static String unitAfterNumber(Metric metric) {
        return metric.kind() == MetricKind.RATE ? "%" : metric.unit();
    }

    private static Font font(Face face, float size) {
        return BulletinFonts.awt(face, size);
    }

    private static String checked(String text, Face face) {
        return BulletinFonts.checkedForCharts(text, face);
    }

    /** Item labels exactly as statistics.csv prints the values (null: no label). */
    private record PrintedLabels(Map<String, String> labels) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
        }
    }
}
