package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.Style;
import com.districtbulletin.bulletin.data.Trends;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * 各区（县）概况: an overview of the key metrics, then a page per district with each of its
 * figures beside the municipal value, its rank among the districts ranked, and its change.
 */
final class DistrictProfiles implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.PROFILES);
        if (c.layout.compact()) {
            c.paragraph(Chinese.text("bulletin.profiles.elsewhere", c.figures.districts().size(), c.data.year()));
            c.newPage();
            return;
        }
        c.paragraph(Chinese.text("bulletin.profiles.intro"));
        List<List<Metric>> overviews = overviews(keyMetrics(c));
        String[] numerals = Chinese.text("bulletin.numerals").split(",");
        for (int i = 0; i < overviews.size(); i++) {
            c.tableTitle(overviews.size() == 1 ? Chinese.text("bulletin.profiles.overviewTitle", c.data.year())
                    : Chinese.text("bulletin.profiles.overviewTitlePart", c.data.year(), numerals[i]));
            c.add(overview(c, overviews.get(i)));
        }
        c.newPage();
        // profiles flow on: one that runs a few rows past its page does not leave the next page
        // nearly empty (its heading starts a new page when too little room is left)
        for (District d : c.figures.districts()) {
            profile(c, d);
        }
        c.newPage();
    }

    /** The charted metrics of the datasets with a section. */
    private static List<Metric> keyMetrics(Composition c) {
        List<Metric> key = new ArrayList<>();
        for (Dataset dataset : c.datasets) {
            key.addAll(ChartPlan.acrossDistricts(dataset));
        }
        return key;
    }

    /** The key metrics in tables of at most {@link #OVERVIEW_COLUMNS}, as even as can be. */
    static List<List<Metric>> overviews(List<Metric> key) {
        return EvenSplit.of(key, OVERVIEW_COLUMNS);
    }

    /** The most key metrics in one overview table, so that its columns keep a figure and its rank on a line. */
    static final int OVERVIEW_COLUMNS = 7;

    /** Every district on some key metrics: value and rank. */
    private static PdfPTable overview(Composition c, List<Metric> key) {
        PdfPTable table = c.table(Composition.labelAndFigures(2.1f, key.size(), 1.2f), 1);
        table.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 1));
        for (Metric m : key) {
            table.addCell(c.headCell(Chinese.text("bulletin.profiles.keyHeader", m.shortName(),
                    SummaryWriter.unitAfterNumber(m)), 1, 1));
        }
        List<String> codes = new ArrayList<>();
        codes.add(Statistic.ALL);
        c.figures.districts().forEach(d -> codes.add(d.code()));
        for (String code : codes) {
            boolean total = Statistic.ALL.equals(code);
            Style style = total ? c.type.tableCellStrong : c.type.tableCell;
            PdfPCell name = c.textCell(total ? Chinese.text("municipality.name")
                    : DatasetSection.nameOf(c, code), style, Element.ALIGN_LEFT);
            table.addCell(fill(name, total));
            for (Metric m : key) {
                Statistic s = c.figures.of(m, code);
                Phrase phrase = c.figurePhrase(s, style);
                if (s.rank() != null) {
                    phrase.add(c.type.note.chunk(" " + Chinese.text("bulletin.profiles.rankShort", s.rank())));
                }
                table.addCell(fill(c.cell(phrase, s.value() == null ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT),
                        total));
            }
        }
        return table;
    }

    private static PdfPCell fill(PdfPCell cell, boolean total) {
        if (total) {
            cell.setBackgroundColor(Composition.TOTAL_FILL);
        }
        return cell;
    }

    static void profile(Composition c, District d) {
        c.heading(Contents.districtId(d));
        String deputies = d.deputies() == null ? FigureText.notApplicable() : Integer.toString(d.deputies());
        c.note(Chinese.text("bulletin.profiles.facts", d.code(), deputies));
        c.paragraph(highlights(c, d));
        trendLines(c, d);
        c.tableTitle(Chinese.text("bulletin.profiles.tableTitle", c.data.year(), d.name()));
        float[] widths = {3.4f, 1.2f, 1.2f, 1.0f, 1.1f};
        PdfPTable table = c.table(widths, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.profiles.metric"), 1, 1));
        table.addCell(c.headCell(d.name(), 1, 1));
        table.addCell(c.headCell(c.figures.municipal(MetricCatalogue.METRICS.get(0)).districtName(), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.profiles.rank"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.profiles.yoy"), 1, 1));
        for (Dataset dataset : c.datasets) {
            PdfPCell group = c.textCell(DatasetSection.title(dataset), c.type.tableCellStrong, Element.ALIGN_LEFT);
            group.setColspan(5);
            group.setBackgroundColor(Composition.TOTAL_FILL);
            table.addCell(group);
            for (Metric m : MetricCatalogue.of(dataset)) {
                Statistic s = c.figures.of(m, d.code());
                PdfPCell name = c.textCell(m.name(), c.type.tableCell, Element.ALIGN_LEFT);
                name.setPaddingLeft(10);
                table.addCell(name);
                table.addCell(c.figureCell(s, c.type.tableCell));
                table.addCell(c.figureCell(c.figures.municipal(m), c.type.tableCell));
                table.addCell(c.textCell(FigureText.rankOf(s, c.figures.rankedCount(m)), c.type.tableCell,
                        Element.ALIGN_CENTER));
                table.addCell(c.textCell(FigureText.yoy(s), c.type.tableCell, Element.ALIGN_RIGHT));
            }
        }
        c.add(table);
    }

    /**
     * The district's values of the key figures over the trend's years, a line each (常委会会议：2022年
     * 9次，2023年 11次，2024年 12次); the years it did not exist are left out, and a district that
     * existed in one of them only has no lines.
     */
    static void trendLines(Composition c, District d) {
        Trends trends = c.data.trends();
        List<Integer> years = trends.years().stream().filter(y -> trends.exists(d.code(), y)).toList();
        if (!TrendSection.shown(c.data) || years.size() < 2) {
            return;
        }
        c.note(Chinese.text("bulletin.trends.profile.title", years.get(0), years.get(years.size() - 1)));
        String separator = Chinese.text("bulletin.trends.profile.separator");
        for (Metric m : TrendSection.metrics(c.data)) {
            List<String> values = new ArrayList<>();
            for (int year : years) {
                Statistic s = trends.of(year, m, d.code());
                String value = s == null ? FigureText.notApplicable() : FigureText.value(s);
                if (s != null && s.value() != null) {
                    value += SummaryWriter.unitAfterNumber(m) + (FigureText.isPartial(s) ? FigureText.partialMark() : "");
                }
                values.add(Chinese.text("bulletin.trends.profile.year", year, value));
            }
            c.note(Chinese.text("bulletin.trends.profile.line", m.shortName(), String.join(separator, values)));
        }
    }

    /** A sentence on where the district stands: its best ranks and what it did not submit. */
    static String highlights(Composition c, District d) {
        List<Statistic> ranked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Dataset dataset : c.datasets) {
            List<Metric> metrics = MetricCatalogue.of(dataset);
            Status status = c.figures.of(metrics.get(0), d.code()).status();
            if (status == Status.NOT_SUBMITTED || status == Status.REJECTED) {
                missing.add(DatasetSection.title(dataset) + (status == Status.REJECTED
                        ? Chinese.text("bulletin.profiles.rejectedMark") : ""));
                continue;
            }
            if (c.completeness.isIncomplete(d.code(), dataset)) {
                continue;
            }
            for (Metric m : metrics) {
                Statistic s = c.figures.of(m, d.code());
                if (m.ranked() && s.rank() != null && c.figures.rankedCount(m) > 1) {
                    ranked.add(s);
                }
            }
        }
        String separator = Chinese.text("bulletin.summary.nameSeparator");
        StringBuilder text = new StringBuilder();
        int best = ranked.stream().mapToInt(Statistic::rank).min().orElse(0);
        List<String> bestNames = ranked.stream().filter(s -> s.rank() == best)
                .map(s -> c.figures.sharedRank(s) ? Chinese.text("bulletin.profiles.tied", s.metric().shortName())
                        : s.metric().shortName())
                .toList();
        if (best == 1) {
            text.append(Chinese.text("bulletin.profiles.first", d.name(), bestNames.size(),
                    String.join(separator, bestNames)));
        } else if (best > 1) {
            text.append(Chinese.text("bulletin.profiles.best", d.name(), best, String.join(separator, bestNames)));
        }
        if (!missing.isEmpty()) {
            text.append(Chinese.text("bulletin.profiles.missing", String.join(separator, missing)));
        }
        return text.toString();
    }
}
