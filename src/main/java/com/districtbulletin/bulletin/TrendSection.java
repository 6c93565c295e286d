package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.Style;
import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.Trends;

import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * 历年趋势 (issue 10): the key figures of the 主要数据 page ({@link ChartPlan#keyFigures()}) over the
 * bulletin's year and the up to four years before it that have figures — a sentence in the
 * reports' manner ({@link TrendSentence}), districts × years tables (全市 first, then the districts
 * of the bulletin's year in display order; — for a year a district did not exist), and the
 * municipal series as line charts. Where the set of districts changed between the years, the
 * tables and the charts say so (可比口径, {@link ComparableScope}). Only when there are two years or more.
 */
final class TrendSection implements BulletinSection {

    /** The most year columns in one table: a five-year trend has a table per metric, two years three metrics. */
    static final int YEAR_COLUMNS = 6;

    /** Whether the bulletin has the section: figures of two years or more, and a key figure it reports. */
    static boolean shown(BulletinData data) {
        return shown(data, ReportedDatasets.of(data));
    }

    /** As {@link #shown(BulletinData)}, the datasets reported known ({@link ReportedDatasets#of}). */
    static boolean shown(BulletinData data, List<com.districtbulletin.dataset.Dataset> reported) {
        return data.trends().shown() && !metrics(reported).isEmpty();
    }

    /** The key figures of the datasets the bulletin reports. */
    static List<Metric> metrics(BulletinData data) {
        return metrics(ReportedDatasets.of(data));
    }

    /** The key figures of the datasets reported ({@link ReportedDatasets#of}). */
    static List<Metric> metrics(List<com.districtbulletin.dataset.Dataset> reported) {
        return ChartPlan.keyFigures().stream().filter(m -> reported.contains(m.dataset())).toList();
    }

    /** Which years' figures are final and which provisional: "2023年为正式数据，2024年为初步统计数据。" */
    static String editions(Trends trends) {
        List<Integer> finals = trends.finalYears();
        List<Integer> provisional = trends.provisionalYears();
        String f = String.join("、", finals.stream().map(y -> y + "年").toList());
        String p = String.join("、", provisional.stream().map(y -> y + "年").toList());
        if (finals.isEmpty()) {
            return Chinese.text("bulletin.trends.editions.provisional", p);
        }
        return provisional.isEmpty() ? Chinese.text("bulletin.trends.editions.final", f)
                : Chinese.text("bulletin.trends.editions.mixed", f, p);
    }

    @Override
    public void write(Composition c) {
        Trends trends = c.data.trends();
        List<Metric> metrics = metrics(c.data);
        c.heading(Contents.TRENDS);
        c.note(Chinese.text("bulletin.trends.intro", trends.first(), trends.last(), trends.years().size())
                + editions(trends));
        String sentence = TrendSentence.of(c);
        if (!sentence.isEmpty()) {
            c.paragraph(sentence);
        }
        if (c.layout.compact()) {
            c.note(Chinese.text("bulletin.trends.compact", c.figures.districts().size()));
            c.tableTitle(Chinese.text("bulletin.trends.municipalTitle", trends.first(), trends.last(),
                    Chinese.text("municipality.name")));
            municipalTable(c, metrics);
        } else {
            districtTables(c, metrics);
        }
        for (String scope : ComparableScope.sentences(trends)) {
            c.note(scope);
        }
        List<Chart> charts = c.charts.stream()
                .filter(chart -> chart.dataset() == null && chart.fileName().startsWith(ChartFactory.TREND_PREFIX))
                .toList();
        for (int i = 0; i < charts.size(); i += CHARTS_PER_ROW) {
            List<Chart> row = new ArrayList<>(charts.subList(i, Math.min(charts.size(), i + CHARTS_PER_ROW)));
            c.chartRow(row);
        }
        if (!charts.isEmpty()) {
            chartNotes(c, metrics);
        }
    }

    static final int CHARTS_PER_ROW = 2;

    /** Districts × years: a few key figures to a table, as many as {@link #YEAR_COLUMNS} allows. */
    private static void districtTables(Composition c, List<Metric> metrics) {
        Trends trends = c.data.trends();
        List<List<Metric>> groups = EvenSplit.of(metrics, Math.max(1, YEAR_COLUMNS / trends.years().size()));
        String[] numerals = Chinese.text("bulletin.numerals").split(",");
        boolean absent = false;
        for (int i = 0; i < groups.size(); i++) {
            c.tableTitle(groups.size() == 1
                    ? Chinese.text("bulletin.trends.tableTitle", trends.first(), trends.last())
                    : Chinese.text("bulletin.trends.tableTitlePart", trends.first(), trends.last(), numerals[i]));
            absent |= table(c, groups.get(i));
        }
        if (absent) {
            c.note(Chinese.text("bulletin.trends.note.absent"));
        }
    }

    /** Beyond 30 districts: the municipal value of every key figure, metrics down, years across. */
    private static void municipalTable(Composition c, List<Metric> metrics) {
        List<Integer> years = c.data.trends().years();
        PdfPTable table = c.table(Composition.labelAndFigures(3.2f, years.size(), 1f), 1);
        table.addCell(c.headCell(Chinese.text("bulletin.profiles.metric"), 1, 1));
        for (int year : years) {
            table.addCell(c.headCell(Chinese.text("bulletin.chart.yearSeries", year), 1, 1));
        }
        for (Metric m : metrics) {
            table.addCell(c.textCell(m.name(), c.type.tableCell, Element.ALIGN_LEFT));
            for (int year : years) {
                Statistic s = c.data.trends().of(year, m, Statistic.ALL);
                table.addCell(s == null ? c.textCell(FigureText.notApplicable(), c.type.tableCell, Element.ALIGN_CENTER)
                        : c.figureCell(s, c.type.tableCell));
            }
        }
        c.add(table);
    }

    /** Under the charts, once: the years whose municipal value is partial, a broken line, 可比口径. */
    private static void chartNotes(Composition c, List<Metric> metrics) {
        Trends trends = c.data.trends();
        boolean partial = false;
        boolean missing = false;
        for (Metric m : metrics) {
            for (int year : trends.years()) {
                Statistic s = trends.of(year, m, Statistic.ALL);
                partial |= s != null && FigureText.isPartial(s);
                missing |= s == null || s.value() == null;
            }
        }
        if (partial) {
            c.note(Chinese.text("bulletin.trends.note.partial"));
        }
        if (missing) {
            c.note(Chinese.text("bulletin.trends.note.missing"));
        }
        for (String scope : ComparableScope.sentences(trends)) {
            c.note(scope);
        }
    }

    /** A table of a few metrics, districts down, years across; whether it shows a year a district did not exist. */
    private static boolean table(Composition c, List<Metric> group) {
        Trends trends = c.data.trends();
        List<Integer> years = trends.years();
        PdfPTable table = c.table(Composition.labelAndFigures(2.1f, group.size() * years.size(), 1f), 2);
        // at most 30 districts: on one page rather than its header and 全市 left at the foot of one
        table.setKeepTogether(true);
        table.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 2));
        for (Metric m : group) {
            table.addCell(c.headCell(Chinese.text("bulletin.trends.metricHeader", m.shortName(),
                    SummaryWriter.unitAfterNumber(m)), years.size(), 1));
        }
        for (int k = 0; k < group.size(); k++) {
            for (int year : years) {
                table.addCell(c.headCell(Chinese.text("bulletin.chart.yearSeries", year), 1, 1));
            }
        }
        List<String> codes = new ArrayList<>();
        codes.add(Statistic.ALL);
        for (District d : c.figures.districts()) {
            codes.add(d.code());
        }
        boolean absent = false;
        for (String code : codes) {
            boolean total = Statistic.ALL.equals(code);
            Style style = total ? c.type.tableCellStrong : c.type.tableCell;
            String name = total ? Chinese.text("municipality.name") : DatasetSection.nameOf(c, code);
            table.addCell(shade(c.textCell(name, style, Element.ALIGN_LEFT), total));
            for (Metric m : group) {
                for (int year : years) {
                    Statistic s = total || trends.exists(code, year) ? trends.of(year, m, code) : null;
                    if (s == null) {
                        absent |= !total;
                        table.addCell(shade(c.textCell(FigureText.notApplicable(), style, Element.ALIGN_CENTER),
                                total));
                    } else {
                        table.addCell(shade(c.figureCell(s, style), total));
                    }
                }
            }
        }
        c.add(table);
        return absent;
    }

    private static PdfPCell shade(PdfPCell cell, boolean total) {
        if (total) {
            cell.setBackgroundColor(Composition.TOTAL_FILL);
        }
        return cell;
    }
}
