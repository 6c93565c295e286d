package com.districtbulletin.bulletin;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.Typography;
import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.RowDetails;
import com.districtbulletin.bulletin.data.Trends;

import com.districtbulletin.print.BulletinFonts.Face;
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
import java.util.Objects;
import java.util.Comparator;
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
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
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

    static final Color QUARTILE = new Color(0xA6, 0xB8, 0xD6);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A rate chart whose values are all at least this is drawn as dots on an axis that starts below them. */
    private static final BigDecimal DOT_PLOT_ABOVE = new BigDecimal("50");
    /** The tallest chart, so that it fits a page with its notes and a heading above it. */
    static final float TALLEST = 560f;
    private static final float THINNEST_ROW = 11f;
    private static final float THINNEST_BAR = 9.5f;

    private final BulletinData data;
    private final Figures figures;
    private final float width;
    private final Layout layout;
    private int number;

    ChartFactory(BulletinData data, Figures figures, float width) {
        this.data = data;
        this.figures = figures;
        this.width = width;
        this.layout = Layout.of(figures.districts().size());
    }

    /** Every chart of the bulletin, dataset by dataset, numbered 图1, 图2… in that order. */
    List<Chart> all() {
        List<Chart> charts = new ArrayList<>();
        for (Dataset dataset : ReportedDatasets.of(data)) {
            for (Metric m : ChartPlan.acrossDistricts(dataset)) {
                charts.add(acrossDistricts(m));
            }
            for (Metric m : ChartPlan.yearOnYear(dataset)) {
                charts.add(yearOnYear(m));
            }
            if (dataset == ChartPlan.OUTCOMES_DATASET) {
                charts.add(outcomes());
                if (!data.details().suggestionFields().isEmpty()) {
                    charts.add(fields());
                }
            }
        }
        if (TrendSection.shown(data)) {
            for (Metric m : TrendSection.metrics(data)) {
                charts.add(trend(m));
            }
        }
        return charts;
    }

    /** The trend charts' file names begin so; they belong to no dataset's section. */
    static final String TREND_PREFIX = "trend-";

    /**
     * The municipal series of a key metric over the trend's years, a line through the published
     * values, each labelled as statistics.csv prints it; a year without a municipal value breaks
     * the line; a year whose municipal value is partial carries the marker.
     */
    Chart trend(Metric metric) {
        Trends trends = data.trends();
        String series = checked(Chinese.text("municipality.name"), Face.SANS);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        boolean partial = false;
        for (int year : trends.years()) {
            Statistic s = trends.of(year, metric, Statistic.ALL);
            boolean marked = s != null && FigureText.isPartial(s);
            partial |= marked;
            String category = checked(Chinese.text("bulletin.chart.yearSeries", year)
                    + (marked ? FigureText.partialMark() : ""), Face.SANS);
            BigDecimal value = s == null ? null : s.value();
            dataset.addValue(value, series, category);
            labels.put(series + "|" + category, value == null ? null : value.toPlainString());
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, THIS_YEAR);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        CategoryPlot plot = plot(dataset, renderer, metric);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setCategoryMargin(0);
        plot.getDomainAxis().setMaximumCategoryLabelLines(1);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1f);
        // five years side by side in half the page's width: "2024年*" keeps clear of its neighbours
        plot.getDomainAxis().setTickLabelFont(font(Face.SANS, 7.5f));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.25);
        renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        String title = Chinese.text("bulletin.trends.chart", ++number, Chinese.text("municipality.name"),
                metric.name());
        JFreeChart chart = chart(title, plot, false);
        // two to a row; their notes (partial years, 可比口径) are the section's, printed once under them
        return new Chart(TREND_PREFIX + metric.id() + ".png", null, chart, (width - TREND_GAP) / 2, TREND_HEIGHT,
                List.of(), partial);
    }

    /** A trend chart's height: a handful of years needs no more. */
    private static final float TREND_HEIGHT = 120f;
    /** The space between two trend charts side by side. */
    static final float TREND_GAP = 12f;

    /** The suggestions by 领域 (from the rows), most first, labelled with count and share. */
    Chart fields() {
        List<RowDetails.Count> fields = new ArrayList<>(data.details().suggestionFields());
        fields.sort(Comparator.comparingInt(RowDetails.Count::count).reversed());
        int total = fields.stream().mapToInt(RowDetails.Count::count).sum();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = checked(Integer.toString(data.year()), Face.SANS);
        Map<String, String> labels = new HashMap<>();
        for (RowDetails.Count f : fields) {
            String category = checked(f.label(), Face.SANS);
            dataset.addValue(f.count(), series, category);
            labels.put(series + "|" + category, checked(Chinese.text("bulletin.chart.countAndShare", f.count(),
                    DetailsWriter.percent(f.count(), total)), Face.SANS));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, THIS_YEAR);
        CategoryPlot plot = plot(dataset, renderer, ChartPlan.ALL_SUGGESTIONS);
        renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
        // room for the longest label, "511件（23.7%）", right of the longest bar
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.3);
        String title = Chinese.text("bulletin.chart.fields", ++number, data.year());
        JFreeChart chart = chart(title, plot, false);
        return new Chart("fields-" + ChartPlan.OUTCOMES_DATASET.fileName() + ".png", ChartPlan.OUTCOMES_DATASET,
                chart, width, fit(62, fields.size(), 19f), List.of(Chinese.text("bulletin.chart.note.fields")), false,
                least(62, fields.size(), fit(62, fields.size(), 19f)));
    }

    /** A row of a chart across districts: a district, the municipality or a quartile. */
    private record Bar(Statistic figure, String label, BigDecimal value, Color colour) {
    }

    /**
     * One metric across the districts, highest first: every district (up to the layout's limit),
     * or the ends of the ranking and the quartiles. A rate (or per-100-deputies figure) also gets
     * the municipal value as a first, darker bar; a rate whose values all lie high is drawn as dots
     * on an axis that starts below the lowest value, and its note says where the axis starts.
     */
    Chart acrossDistricts(Metric metric) {
        String series = checked(Integer.toString(data.year()), Face.SANS);
        Statistic municipal = figures.municipal(metric);
        boolean withMunicipal = !metric.kind().isCount() && municipal.value() != null;
        List<Statistic> districts = figures.districtsOf(metric);
        Distribution distribution = new Distribution(districts);
        List<Bar> bars = new ArrayList<>();
        if (withMunicipal) {
            bars.add(new Bar(municipal, category(municipal), municipal.value(), MUNICIPAL));
        }
        List<String> notes = new ArrayList<>();
        if (layout.compact()) {
            for (Statistic s : distribution.top(Layout.AT_EACH_END)) {
                bars.add(new Bar(s, category(s), s.value(), THIS_YEAR));
            }
            String[] quartiles = {"upperQuartile", "median", "lowerQuartile"};
            double[] at = {0.75, 0.5, 0.25};
            for (int i = 0; i < 3; i++) {
                BigDecimal q = distribution.quantile(at[i]);
                if (q != null) {
                    bars.add(new Bar(null, checked(Chinese.text("bulletin.chart.quartile." + quartiles[i]), Face.SANS),
                            q, QUARTILE));
                }
            }
            for (Statistic s : distribution.bottom(Layout.AT_EACH_END)) {
                bars.add(new Bar(s, category(s), s.value(), THIS_YEAR));
            }
            notes.add(Chinese.text("bulletin.chart.note.compact", distribution.size(), Layout.AT_EACH_END));
            long without = districts.size() - distribution.size();
            if (without > 0) {
                notes.add(Chinese.text("bulletin.chart.note.compactMissing", without));
            }
        } else {
            for (Statistic s : distribution.sorted()) {
                bars.add(new Bar(s, category(s), s.value(), THIS_YEAR));
            }
            for (Statistic s : districts) {
                if (s.value() == null) {
                    bars.add(new Bar(s, category(s), null, THIS_YEAR));
                }
            }
            if (distribution.size() < districts.size()) {
                notes.add(Chinese.text("bulletin.chart.note.missing"));
            }
        }
        if (withMunicipal) {
            notes.add(0, Chinese.text("bulletin.chart.note.municipalBar", municipal.districtName(), metric.shortName()));
        } else if (municipal.value() != null) {
            notes.add(0, Chinese.text("bulletin.chart.note.municipalTotal", municipal.districtName(),
                    metric.shortName(), municipal.value().toPlainString() + SummaryWriter.unitAfterNumber(metric)));
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        boolean partial = false;
        for (Bar bar : bars) {
            dataset.addValue(bar.value(), series, bar.label());
            labels.put(series + "|" + bar.label(), bar.value() == null ? null : bar.value().toPlainString());
            partial |= bar.figure() != null && FigureText.isPartial(bar.figure());
        }
        String title = Chinese.text("bulletin.chart.acrossDistricts", ++number, data.year(), metric.name());
        BigDecimal lowest = bars.stream().map(Bar::value).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        BigDecimal highest = bars.stream().map(Bar::value).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        // the dot plot's axis ends just above 100: only for a percentage that stays within it
        boolean dots = metric.kind() == MetricKind.RATE && "%".equals(metric.unit())
                && lowest.compareTo(DOT_PLOT_ABOVE) >= 0 && highest.compareTo(HUNDRED) <= 0;
        List<Color> colours = bars.stream().map(Bar::colour).toList();
        CategoryPlot plot;
        if (dots) {
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true) {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    return colours.get(column);
                }
            };
            renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
            plot = plot(dataset, renderer, metric);
            renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(font(Face.SANS, 7.5f));
            renderer.setDefaultItemLabelPaint(Typography.INK);
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setItemLabelAnchorOffset(4);
            int from = lowest.subtract(BigDecimal.valueOf(5)).divide(BigDecimal.TEN, 0, java.math.RoundingMode.FLOOR)
                    .intValue() * 10;
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            axis.setAutoRangeIncludesZero(false);
            axis.setRange(from, 100 + (100 - from) * 0.1);
            axis.setTickUnit(new NumberTickUnit(from >= 80 ? 5 : 10,
                    new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
            plot.setDomainGridlinesVisible(true);
            plot.setDomainGridlinePaint(GRID);
            notes.add(Chinese.text("bulletin.chart.note.dotAxis", from));
        } else {
            BarRenderer renderer = new BarRenderer() {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    return colours.get(column);
                }
            };
            plot = plot(dataset, renderer, metric);
            renderer.setDefaultItemLabelGenerator(new PrintedLabels(labels));
        }
        JFreeChart chart = chart(title, plot, false);
        float height = fit(62, bars.size(), 15f);
        return new Chart("bar-" + metric.id() + ".png", metric.dataset(), chart, width, height, notes, partial,
                least(62, bars.size(), height));
    }

    /** The least height a chart of {@code bars} bars can be drawn at, its labels still clear of each other. */
    private static float least(float base, int bars, float height) {
        return Math.min(height, base + bars * THINNEST_BAR);
    }

    /** The chart's height: {@code base} plus {@code perRow} a row, the rows thinner when that would not fit a page. */
    private static float fit(float base, int rows, float perRow) {
        float height = base + rows * perRow;
        if (height <= TALLEST) {
            return height;
        }
        return Math.max(base + rows * THINNEST_ROW, TALLEST);
    }

    /**
     * This year against last year, districts in order of this year's value. Last year's value is
     * this year's minus the year-on-year change, both from statistics.csv, so that every bar can be
     * traced to it.
     */
    Chart yearOnYear(Metric metric) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String lastYear = checked(Chinese.text("bulletin.chart.yearSeries", data.year() - 1), Face.SANS);
        String thisYear = checked(Chinese.text("bulletin.chart.yearSeries", data.year()), Face.SANS);
        Map<String, String> labels = new HashMap<>();
        boolean partial = false;
        Distribution distribution = new Distribution(figures.districtsOf(metric));
        List<Statistic> shown = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(Chinese.text("bulletin.chart.note.lastYear"));
        List<Statistic> districts = figures.districtsOf(metric);
        if (layout.compact()) {
            shown.addAll(distribution.top(Layout.AT_EACH_END));
            shown.addAll(distribution.bottom(Layout.AT_EACH_END));
            notes.add(Chinese.text("bulletin.chart.note.compactEnds", distribution.size(), Layout.AT_EACH_END));
            long without = districts.size() - distribution.size();
            if (without > 0) {
                notes.add(Chinese.text("bulletin.chart.note.compactMissing", without));
            }
        } else {
            // a district without this year's value is shown as in every chart: named, marked, no bar
            shown.addAll(distribution.sorted());
            districts.stream().filter(s -> s.value() == null).forEach(shown::add);
            if (distribution.size() < districts.size()) {
                notes.add(Chinese.text("bulletin.chart.note.missing"));
            }
        }
        for (Statistic s : shown) {
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
        float height = fit(86, shown.size(), 19f);
        return new Chart("yoy-" + metric.id() + ".png", metric.dataset(), chart, width, height, notes, partial,
                least(86, shown.size() * 2, height));
    }

    /**
     * Suggestion outcomes as shares of all suggestions: A, B, C (closed) and those still being
     * handled; the municipality first, then the districts by their A share. Bar lengths are the
     * exact counts; the printed shares are statistics.csv's rates.
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
        Distribution byShareOfA = new Distribution(figures.districtsOf(ChartPlan.OUTCOME_A));
        List<Statistic> shown = new ArrayList<>();
        shown.add(figures.municipal(ChartPlan.OUTCOME_A));
        List<String> notes = new ArrayList<>();
        notes.add(Chinese.text("bulletin.chart.note.outcomes"));
        if (layout.compact()) {
            shown.addAll(byShareOfA.top(Layout.AT_EACH_END));
            shown.addAll(byShareOfA.bottom(Layout.AT_EACH_END));
            notes.add(Chinese.text("bulletin.chart.note.compactEnds", byShareOfA.size(), Layout.AT_EACH_END));
        } else {
            shown.addAll(byShareOfA.sorted());
            for (Statistic s : figures.districtsOf(ChartPlan.OUTCOME_A)) {
                if (s.value() == null) {
                    shown.add(s);
                }
            }
        }
        boolean missing = false;
        for (Statistic a : shown) {
            String code = a.districtCode();
            Statistic b = figures.of(ChartPlan.OUTCOME_B, code);
            Statistic c = figures.of(ChartPlan.OUTCOME_C, code);
            Statistic closure = figures.of(ChartPlan.CLOSURE_RATE, code);
            Statistic all = figures.of(ChartPlan.ALL_SUGGESTIONS, code);
            Statistic closed = figures.of(ChartPlan.CLOSED_SUGGESTIONS, code);
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
        notes.add(1, Chinese.text("bulletin.chart.note.municipalFirst", figures.municipal(ChartPlan.OUTCOME_A)
                .districtName()));
        if (missing) {
            notes.add(Chinese.text("bulletin.chart.note.missing"));
        }
        float height = fit(86, shown.size(), 18f);
        return new Chart("outcomes-" + ChartPlan.OUTCOMES_DATASET.fileName() + ".png", ChartPlan.OUTCOMES_DATASET,
                chart, width, height, notes, partial, least(86, shown.size(), height));
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
        return figures.name(code);
    }

    private CategoryPlot plot(CategoryDataset dataset, AbstractCategoryItemRenderer renderer, Metric metric) {
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
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
        }
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
