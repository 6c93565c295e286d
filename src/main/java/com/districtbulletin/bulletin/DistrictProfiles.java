package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.Style;
import com.districtbulletin.bulletin.data.Trends;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
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
 * A district's profile (各区（县）概况), the one section of its own document: each of its figures
 * beside the municipal value, its rank among the districts ranked, and its change.
 */
final class DistrictProfiles {

    private DistrictProfiles() {
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
            for (Metric m : c.figures.shown(dataset)) {
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
        if (!TrendSection.shown(c.data, c.datasets) || years.size() < 2) {
            return;
        }
        c.note(Chinese.text("bulletin.trends.profile.title", years.get(0), years.get(years.size() - 1)));
        String separator = Chinese.text("bulletin.trends.profile.separator");
        for (Metric m : TrendSection.metrics(c.datasets)) {
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
            List<Metric> metrics = c.figures.shown(dataset);
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
