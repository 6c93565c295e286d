package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.ThreeLineRules;

import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * 主要数据, after the cover: the year's headline sentence ({@link HeadlineSentence}), then its key
 * municipal figures (declared in {@link ChartPlan}), each large, with its name and its change on
 * last year, two to a row.
 */
final class KeyFiguresPage implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.KEY_FIGURES);
        String headline = HeadlineSentence.of(c);
        if (!headline.isEmpty()) {
            c.paragraph(headline);
        }
        c.paragraph(Chinese.text("bulletin.keyFigures.intro", c.data.year(), c.figures.districts().size()));
        List<Metric> metrics = ChartPlan.keyFigures().stream().filter(m -> c.datasets.contains(m.dataset())).toList();
        PdfPTable grid = new PdfPTable(2);
        grid.setTotalWidth(c.width());
        grid.setLockedWidth(true);
        grid.setSpacingBefore(10);
        grid.setTableEvent(ThreeLineRules.INSTANCE);
        boolean partial = false;
        for (Metric m : metrics) {
            Statistic s = c.figures.municipal(m);
            partial |= FigureText.isPartial(s);
            grid.addCell(figure(c, m, s));
        }
        if (metrics.size() % 2 == 1) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(PdfPCell.NO_BORDER);
            grid.addCell(empty);
        }
        c.add(grid);
        if (partial) {
            c.note(Chinese.text("bulletin.keyFigures.partial"));
        }
        c.note(Chinese.text("bulletin.keyFigures.note"));
        c.newPage();
    }

    private static PdfPCell figure(Composition c, Metric m, Statistic s) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingTop(10);
        cell.setPaddingBottom(12);
        Paragraph value = c.type.keyFigure.emptyParagraph(c.type.keyFigure.leading());
        value.add(c.type.keyFigure.chunk(FigureText.value(s)));
        if (s.value() != null) {
            value.add(c.type.heading2.chunk(" " + SummaryWriter.unitAfterNumber(m)));
        }
        if (FigureText.isPartial(s)) {
            value.add(c.type.heading2.partialMark());
        }
        value.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(value);
        Paragraph name = c.type.body.paragraph(tileName(m));
        name.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(name);
        String change = s.yoyChange() == null ? Chinese.text("bulletin.keyFigures.noChange")
                : Chinese.text(m.kind() == MetricKind.RATE ? "bulletin.keyFigures.changePoints"
                        : "bulletin.keyFigures.change", FigureText.signed(s.yoyChange()),
                        m.kind() == MetricKind.RATE ? "" : m.unit());
        Paragraph yoy = c.type.note.paragraph(change);
        yoy.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(yoy);
        return cell;
    }

    /**
     * The metric named in full on its tile: its catalogue name without the unit (which follows the
     * number), and for a rate the dataset it is a rate of — 代表建议解决率（A类占比）, not 解决率.
     */
    static String tileName(Metric m) {
        String name = m.name();
        int open = name.indexOf('（');
        String inside = name.substring(open + 1, name.length() - 1);
        int comma = inside.lastIndexOf('，');
        String base = name.substring(0, open) + (comma < 0 ? "" : "（" + inside.substring(0, comma) + "）");
        String alias = m.dataset().alias();
        return m.kind() == MetricKind.COUNT || base.startsWith(alias) ? base : alias + base;
    }
}
