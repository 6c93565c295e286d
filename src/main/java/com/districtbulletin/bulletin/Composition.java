package com.districtbulletin.bulletin;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.KeepTogether;
import com.districtbulletin.print.ThreeLineTable;
import com.districtbulletin.print.Typography;
import com.districtbulletin.print.Style;
import com.districtbulletin.print.ChineseLineBreaks;
import com.districtbulletin.print.ThreeLineRules;
import com.districtbulletin.print.ChartDrawer;
import com.districtbulletin.bulletin.data.BulletinData;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * One rendering pass under way: the document, its fonts and type, the data, and the few
 * building blocks every section uses (headings, paragraphs, tables, charts).
 */
final class Composition {

    static final Color RULE = new Color(0x8C, 0x8C, 0x8C);
    static final Color HEAD_FILL = new Color(0xE9, 0xEC, 0xF2);
    static final Color TOTAL_FILL = new Color(0xF4, 0xF4, 0xF4);

    final Document document;
    final PdfWriter writer;
    final BulletinFonts fonts;
    final Typography type;
    final BulletinData data;
    final Figures figures;
    final Contents contents;
    final Layout layout;
    final Completeness completeness;
    /** The datasets with a section (some district has them this year or last). */
    final List<Dataset> datasets;
    final List<Chart> charts;
    private final boolean drawCharts;
    private int tableNumber;
    private String pendingTitle;

    Composition(Document document, PdfWriter writer, BulletinFonts fonts, Typography type, BulletinData data,
                Figures figures, Contents contents, List<Chart> charts, boolean drawCharts) {
        this(document, writer, fonts, type, data, figures, contents, charts, drawCharts, new Completeness(data),
                ReportedDatasets.of(data));
    }

    /** With what every document of the edition shares computed once: its completeness and datasets reported. */
    Composition(Document document, PdfWriter writer, BulletinFonts fonts, Typography type, BulletinData data,
                Figures figures, Contents contents, List<Chart> charts, boolean drawCharts,
                Completeness completeness, List<Dataset> datasets) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.type = type;
        this.data = data;
        this.figures = figures;
        this.contents = contents;
        this.layout = Layout.of(figures.districts().size());
        this.completeness = completeness;
        this.datasets = datasets;
        this.charts = charts;
        this.drawCharts = drawCharts;
    }

    void add(Element element) {
        KeepTogether.add(document, writer, element);
    }

    void newPage() {
        document.newPage();
    }

    float width() {
        return document.right() - document.left();
    }

    /** Sections flow on; a heading with less than this below it starts a new page rather than stay behind alone. */
    private static final float ROOM_AFTER_SECTION_HEADING = 220;
    private static final float ROOM_AFTER_HEADING = 130;

    private void keepRoom(float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            newPage();
        }
    }

    /** A section heading: it records its page for the contents and becomes a bookmark. */
    void heading(String sectionId) {
        Contents.Entry entry = contents.entry(sectionId);
        keepRoom(entry.level() == 1 ? ROOM_AFTER_SECTION_HEADING : ROOM_AFTER_HEADING);
        Style style = entry.level() == 1 ? type.heading1 : type.heading2;
        Chunk chunk = style.chunk(entry.title());
        chunk.setGenericTag(PageDecorations.SECTION_TAG + sectionId);
        chunk.setLocalDestination(sectionId);
        Paragraph p = style.emptyParagraph(style.leading());
        p.add(chunk);
        p.setSpacingBefore(entry.level() == 1 ? 0 : 6);
        p.setSpacingAfter(entry.level() == 1 ? 14 : 6);
        p.setKeepTogether(true);
        add(p);
    }

    /** A second-level heading: （一）… in bold, kept with what follows it. */
    void subheading(String text) {
        keepRoom(ROOM_AFTER_HEADING);
        Paragraph p = type.heading2.paragraph(text);
        p.setSpacingBefore(10);
        p.setSpacingAfter(5);
        p.setKeepTogether(true);
        add(p);
    }

    /**
     * The title of the next table, numbered 表1, 表2… when that table is made: it becomes the table's
     * first header row, so that it never stays behind at the foot of a page and repeats with the
     * header on the pages the table runs over.
     */
    void tableTitle(String title) {
        pendingTitle = title;
    }

    /** The table the last title was for is not made after all (there is nothing to list). */
    void dropTableTitle() {
        pendingTitle = null;
    }

    /** A body paragraph, indented two characters and justified, as Chinese documents are set. */
    void paragraph(String text) {
        paragraph(List.of(Span.text(text)));
    }

    /**
     * Prose with partial figures: the marker follows the figure in the text, and the chunk that
     * carries it (tagged for the page's footnote) runs on to the punctuation after it, so that a
     * line never starts with the marker or with a comma.
     */
    void paragraph(List<Span> spans) {
        Paragraph p = type.body.emptyParagraph(type.body.font().getSize() * 1.8f);
        StringBuilder pending = new StringBuilder();
        boolean markerPending = false;
        for (Span span : spans) {
            String text = span.text();
            if (markerPending) {
                int k = 0;
                while (k < text.length() && ChineseLineBreaks.startsNoLine(text.charAt(k))) {
                    k++;
                }
                pending.append(text, 0, k);
                p.add(tagged(pending));
                text = text.substring(k);
                markerPending = false;
            }
            pending.append(text);
            if (span.partial()) {
                pending.append(FigureText.partialMark());
                markerPending = true;
            }
        }
        Chunk last = type.body.chunk(pending.toString());
        if (markerPending) {
            last.setGenericTag(Style.PARTIAL_TAG);
        }
        p.add(last);
        p.setFirstLineIndent(type.body.font().getSize() * 2);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(4);
        add(p);
    }

    private Chunk tagged(StringBuilder text) {
        Chunk chunk = type.body.chunk(text.toString());
        chunk.setGenericTag(Style.PARTIAL_TAG);
        text.setLength(0);
        return chunk;
    }

    void note(String text) {
        Paragraph p = type.note.paragraph(text);
        p.setSpacingBefore(2);
        p.setSpacingAfter(2);
        add(p);
    }

    /**
     * A chart with its notes under it, kept on one page; drawn as vectors on the final pass. A chart
     * a little taller than what is left of the page is drawn smaller there rather than leave the
     * page half empty; one taller than a page fails the run (OpenPDF would print an error page).
     */
    void chart(Chart chart) {
        float notesHeight = (chart.notes().size() + (chart.partial() ? 1 : 0)) * type.note.leading() + 16;
        float page = document.top() - document.bottom();
        if (chart.height() + notesHeight > page) {
            throw new ChartDoesNotFitException(Chinese.text("bulletin.error.chartTooTall", chart.fileName(),
                    Math.round(chart.height()), Math.round(page - notesHeight)));
        }
        float left = writer.getVerticalPosition(true) - document.bottom() - 14;
        Chart drawn = chart;
        if (chart.height() + notesHeight > left && left - notesHeight >= chart.minHeight()) {
            drawn = chart.atHeight(left - notesHeight);
        }
        Image image = drawCharts ? ChartDrawer.vector(drawn.chart(), drawn.width(), drawn.height(), writer, fonts)
                : ChartDrawer.placeholder(drawn.width(), drawn.height(), writer);
        image.scaleToFit(width(), drawn.height());
        PdfPTable box = new PdfPTable(1);
        box.setTotalWidth(width());
        box.setLockedWidth(true);
        box.setKeepTogether(true);
        box.setSpacingBefore(8);
        box.setSpacingAfter(6);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setBorder(PdfPCell.NO_BORDER);
        picture.setPadding(0);
        picture.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.addCell(picture);
        Paragraph notes = type.note.emptyParagraph(type.note.leading());
        if (chart.partial()) {
            notes.add(type.note.chunk(Chinese.text("bulletin.chart.note.partialPrefix")));
            notes.add(type.note.partialMark());
            notes.add(type.note.chunk(Chinese.text("bulletin.chart.note.partial")));
        }
        boolean first = !chart.partial();
        for (String line : chart.notes()) {
            notes.add(type.note.chunk((first ? "" : "\n") + line));
            first = false;
        }
        if (chart.partial() || !chart.notes().isEmpty()) {
            PdfPCell cell = new PdfPCell();
            cell.addElement(notes);
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPaddingTop(0);
            box.addCell(cell);
        }
        add(box);
    }

    /**
     * Small charts side by side, as many as fit the width, kept on one page; their notes, if any,
     * are the caller's to print once under the row.
     */
    void chartRow(List<Chart> row) {
        PdfPTable box = new PdfPTable(row.size());
        box.setTotalWidth(width());
        box.setLockedWidth(true);
        box.setKeepTogether(true);
        box.setSpacingBefore(8);
        box.setSpacingAfter(6);
        for (Chart chart : row) {
            Image image = drawCharts ? ChartDrawer.vector(chart.chart(), chart.width(), chart.height(), writer, fonts)
                    : ChartDrawer.placeholder(chart.width(), chart.height(), writer);
            image.scaleToFit(chart.width(), chart.height());
            PdfPCell picture = new PdfPCell(image, false);
            picture.setBorder(PdfPCell.NO_BORDER);
            picture.setPadding(0);
            picture.setHorizontalAlignment(Element.ALIGN_CENTER);
            box.addCell(picture);
        }
        add(box);
        if (row.stream().anyMatch(Chart::partial)) {
            // a marked year on the axis: its page gets the footnote that explains the marker
            Chunk tag = type.note.chunk(" ");
            tag.setGenericTag(Style.PARTIAL_TAG);
            Paragraph marker = type.note.emptyParagraph(1f);
            marker.add(tag);
            add(marker);
        }
    }

    /** Relative column widths: a label column, then {@code figures} columns of one width. */
    static float[] labelAndFigures(float labelWidth, int figures, float figureWidth) {
        float[] widths = new float[1 + figures];
        java.util.Arrays.fill(widths, figureWidth);
        widths[0] = labelWidth;
        return widths;
    }

    /** A table of locked width whose rows are never split across pages and whose header repeats. */
    PdfPTable table(float[] relativeWidths, int headerRows) {
        PdfPTable table = ThreeLineTable.of(relativeWidths, width(), headerRows);
        if (pendingTitle == null) {
            return table;
        }
        Paragraph title = type.tableTitle.paragraph(Chinese.text("bulletin.table.title", ++tableNumber, pendingTitle));
        pendingTitle = null;
        PdfPCell cell = new PdfPCell();
        cell.addElement(title);
        title.setAlignment(Element.ALIGN_CENTER);
        cell.setColspan(relativeWidths.length);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(5);
        table.addCell(cell);
        table.setHeaderRows(headerRows + 1);
        table.setSpacingBefore(10);
        table.setTableEvent(ThreeLineRules.BELOW_TITLE);
        return table;
    }

    PdfPCell headCell(String text, int colspan, int rowspan) {
        PdfPCell cell = cell(type.tableHead.phrase(text), Element.ALIGN_CENTER);
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        return cell;
    }

    PdfPCell textCell(String text, Style style, int align) {
        return cell(style.phrase(text), align);
    }

    /** A figure as printed: its value with the partial marker, or 未报送 / — centred. */
    PdfPCell figureCell(Statistic s, Style style) {
        return cell(figurePhrase(s, style), s.value() == null ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT);
    }

    Phrase figurePhrase(Statistic s, Style style) {
        Phrase phrase = style.phrase(FigureText.value(s));
        if (FigureText.isPartial(s)) {
            phrase.add(style.partialMark());
        }
        return phrase;
    }

    PdfPCell cell(Phrase phrase, int align) {
        return ThreeLineTable.cell(phrase, align);
    }
}
