package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;

/**
 * 说明: how every figure is made, written from the metric catalogue (each metric's definition
 * from its measures), followed by the rules of rounding, pooling, ranking, year-on-year change and
 * the markers.
 */
final class MethodologySection implements BulletinSection {

    static final String[] RULES = {"source", "notSubmitted", "notApplicable", "notCollected", "partial", "incomplete",
        "pooling", "rounding", "ranking", "yoy", "detail", "charts"};

    @Override
    public void write(Composition c) {
        c.heading(Contents.METHODOLOGY);
        c.subheading(Chinese.text("bulletin.method.rulesTitle"));
        for (String rule : RULES) {
            if (rule.equals("detail") && (c.layout.compact()
                    || c.figures.districts().size() > DatasetSection.DETAIL_MAX_DISTRICTS)) {
                continue;
            }
            c.paragraph(Chinese.text("bulletin.method." + rule)
                    + (rule.equals("notCollected") ? collectedFromV3(c) : ""));
        }
        c.paragraph(Chinese.text(c.data.dateFromData() ? "bulletin.method.dateFromData" : "bulletin.method.dateSet",
                CoverPage.chineseDate(c.data.publicationDate())));
        c.paragraph(Chinese.text("bulletin.method.edition." + c.data.edition().name().toLowerCase(
                java.util.Locale.ROOT)));
        java.util.List<Dataset> leftOut = ReportedDatasets.leftOut(c.data);
        if (!leftOut.isEmpty()) {
            c.paragraph(Chinese.text("bulletin.method.leftOut", String.join(Chinese.text("bulletin.summary.nameSeparator"),
                    leftOut.stream().map(DatasetSection::title).toList())));
        }
        c.paragraph(TrendSection.shown(c.data)
                ? Chinese.text("bulletin.trends.method", c.data.trends().first(), c.data.trends().last())
                : c.data.trends().shown() ? Chinese.text("bulletin.trends.method.noKeyFigure")
                : Chinese.text("bulletin.trends.method.none", c.data.year()));
        c.subheading(Chinese.text("bulletin.method.definitionsTitle"));
        c.tableTitle(Chinese.text("bulletin.method.definitionsTable"));
        PdfPTable table = c.table(new float[] {2.6f, 5.2f, 0.9f}, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.method.metric"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.method.definition"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.method.ranked"), 1, 1));
        for (Dataset dataset : c.datasets) {
            var group = c.textCell(DatasetSection.title(dataset), c.type.tableCellStrong, Element.ALIGN_LEFT);
            group.setColspan(3);
            group.setBackgroundColor(Composition.TOTAL_FILL);
            table.addCell(group);
            for (Metric m : c.figures.shown(dataset)) {
                // the definitions are looked up, not read through: set small, the table is long
                // △: collected from contract v3 on (said once, in the rules above)
                table.addCell(c.textCell(fromV3(m) ? m.name() + Chinese.text("bulletin.method.v3Mark") : m.name(),
                        c.type.tableCell.sized(7.5f), Element.ALIGN_LEFT));
                table.addCell(c.textCell(definition(m), c.type.tableCell.sized(7.5f), Element.ALIGN_LEFT));
                table.addCell(c.textCell(Chinese.text(m.ranked() ? "bulletin.method.yes" : "bulletin.method.no"),
                        c.type.tableCell.sized(7.5f), Element.ALIGN_CENTER));
            }
        }
        c.add(table);
    }

    /**
     * Said once (contract v3 10.2): which figures are collected from contract v3 on — its metrics that
     * can be 未采集, marked in the definitions table — and which of them no district has this year (not
     * printed).
     */
    static String collectedFromV3(Composition c) {
        String separator = Chinese.text("bulletin.summary.nameSeparator");
        java.util.List<Metric> v3 = MetricCatalogue.METRICS.stream().filter(MethodologySection::fromV3).toList();
        java.util.List<Metric> notShown = c.figures.notShown(java.util.Arrays.asList(Dataset.values())).stream()
                .filter(MethodologySection::fromV3).toList();
        String text = Chinese.text("bulletin.method.v3Metrics", v3.size(), Chinese.text("bulletin.method.v3Mark"));
        if (notShown.size() == v3.size()) {
            return text + Chinese.text("bulletin.method.v3NoneCollected");
        }
        if (!notShown.isEmpty()) {
            text += Chinese.text("bulletin.method.v3NotShown", String.join(separator,
                    notShown.stream().map(Metric::name).toList()));
        }
        return text;
    }

    /**
     * Whether the metric is collected from contract v3 on: it can be 未采集 (v3-dependent), or its
     * dataset is one v3 added (中心工作).
     */
    static boolean fromV3(Metric m) {
        return m.v3Dependent() || m.isAddedInV3() && m.dataset().declaration().isAddedInV3();
    }

    /**
     * The metric's definition in words, from its numerator and denominator measures; the table's
     * group row above it names the dataset it is computed from.
     */
    static String definition(Metric m) {
        return switch (m.kind()) {
            case COUNT -> Chinese.text("bulletin.method.count", m.numerator().description());
            case RATE -> Chinese.text("bulletin.method.rate", m.numerator().description(),
                    m.denominator().description());
            case PER_100_DEPUTIES -> Chinese.text("bulletin.method.per100", m.numerator().description());
        };
    }
}
