package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;

import com.districtbulletin.edition.RevisionLine;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticsCsv;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/**
 * 修订说明 of a revised final edition (contract 9.1): what the revision is, then every figure it
 * changed — old and new, with the files (or districts.csv) that caused it — as
 * {@code revisions-final-r<N>.csv} lists them.
 */
final class RevisionNotesSection implements BulletinSection {

    @Override
    public void write(Composition c) {
        int n = c.data.revision().number();
        c.heading(Contents.REVISION);
        c.paragraph(Chinese.text("bulletin.revision.intro", c.data.year(), n));
        if (c.data.revision().lines().isEmpty()) {
            c.paragraph(Chinese.text("bulletin.revision.noFigure"));
            c.newPage();
            return;
        }
        c.paragraph(Chinese.text("bulletin.revision.lines", c.data.revision().lines().size(), n));
        c.tableTitle(Chinese.text("bulletin.revision.tableTitle", c.data.year(), n));
        PdfPTable table = c.table(new float[] {0.7f, 1.5f, 3.0f, 1.55f, 1.55f, 2.9f}, 1);
        for (String head : Chinese.text("bulletin.revision.columns").split(",")) {
            table.addCell(c.headCell(head, 1, 1));
        }
        for (RevisionLine line : c.data.revision().lines()) {
            Metric metric = MetricCatalogue.byId(line.metricId());
            table.addCell(c.textCell(Integer.toString(line.year()), c.type.small, Element.ALIGN_CENTER));
            table.addCell(c.textCell(district(line), c.type.small, Element.ALIGN_LEFT));
            table.addCell(c.textCell(line.isYoyChange() ? Chinese.text("bulletin.revision.yoyOf", metric.name())
                    : metric.name(), c.type.small, Element.ALIGN_LEFT));
            boolean statusChanged = !line.isYoyChange() && !java.util.Objects.equals(line.oldStatus(), line.newStatus());
            table.addCell(c.textCell(value(line.oldValue(), line.oldStatus(), line.isYoyChange(), statusChanged),
                    c.type.small, Element.ALIGN_RIGHT));
            table.addCell(c.textCell(value(line.newValue(), line.newStatus(), line.isYoyChange(), statusChanged),
                    c.type.small, Element.ALIGN_RIGHT));
            table.addCell(c.textCell(line.cause(), c.type.small, Element.ALIGN_LEFT));
        }
        c.add(table);
        c.note(Chinese.text("bulletin.revision.note", n));
        c.newPage();
    }

    private static String district(RevisionLine line) {
        if (Statistic.ALL.equals(line.districtCode())) {
            return Chinese.text("municipality.name");
        }
        return line.districtName() == null ? line.districtCode() : line.districtName();
    }

    /**
     * A value as statistics.csv gives it, a change with its sign; an empty value in words (未报送,
     * 未通过审核); with its status in words when the revision changed the status (137（部分）).
     */
    private static String value(BigDecimal value, String status, boolean change, boolean withStatus) {
        if (value != null) {
            String shown = change ? FigureText.signed(value) : StatisticsCsv.plain(value);
            return withStatus && status != null
                    ? Chinese.text("bulletin.revision.withStatus", shown, Chinese.text("statistics.status." + status))
                    : shown;
        }
        if (status == null || change) {
            return "—";
        }
        return Chinese.text("statistics.status." + status);
    }
}
