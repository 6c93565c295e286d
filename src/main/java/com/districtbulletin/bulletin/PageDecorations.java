package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.Typography;
import com.districtbulletin.print.Style;

import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every page gets besides its content: the running header, the page number, the footnote
 * that explains the partial-figure marker on the pages that show one; and, as section headings
 * are laid out, their page numbers (for the contents) and the PDF bookmarks.
 */
final class PageDecorations extends PdfPageEventHelper {

    static final String SECTION_TAG = "section:";

    private final Typography type;
    private final Contents contents;
    private final String runningTitle;
    private final String runningEdition;
    private final int knownPageCount;
    private final boolean decorateFirstPage;
    private final Map<String, Integer> sectionPages = new LinkedHashMap<>();
    private final PdfOutline[] parents = new PdfOutline[3];
    private final Map<Integer, PdfTemplate> footnoteSpaces = new HashMap<>();
    private final Set<Integer> pagesWithPartial = new TreeSet<>();
    /** OpenPDF ends a page, then writes its last lines: their tags come after onEndPage. */
    private int endedPage;
    private int lastPage;

    /**
     * @param knownPageCount the page count found by the previous pass, for "共 N 页"; 0 on the first
     */
    PageDecorations(Typography type, Contents contents, String runningTitle, String runningEdition,
                    int knownPageCount) {
        this(type, contents, runningTitle, runningEdition, knownPageCount, false);
    }

    /** @param decorateFirstPage whether the first page has the header and number too (it is no cover) */
    PageDecorations(Typography type, Contents contents, String runningTitle, String runningEdition,
                    int knownPageCount, boolean decorateFirstPage) {
        this.decorateFirstPage = decorateFirstPage;
        this.type = type;
        this.contents = contents;
        this.runningTitle = runningTitle;
        this.runningEdition = runningEdition;
        this.knownPageCount = knownPageCount;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        int page = endedPage > 0 ? endedPage : writer.getPageNumber();
        if (Style.PARTIAL_TAG.equals(tag)) {
            pagesWithPartial.add(page);
        } else if (tag.startsWith(SECTION_TAG)) {
            String id = tag.substring(SECTION_TAG.length());
            if (sectionPages.putIfAbsent(id, page) == null) {
                bookmark(writer, contents.entry(id), page, rect.getTop() + 12);
            }
        }
    }

    private void bookmark(PdfWriter writer, Contents.Entry entry, int page, float top) {
        PdfOutline parent = entry.level() == 1 || parents[1] == null ? writer.getRootOutline() : parents[1];
        PdfDestination destination = new PdfDestination(PdfDestination.FITH, top);
        destination.addPage(writer.getPageReference(page));
        PdfOutline outline = new PdfOutline(parent, destination, entry.title(), false);
        parents[entry.level()] = outline;
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        endedPage = 0;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        lastPage = page;
        endedPage = page;
        PdfContentByte canvas = writer.getDirectContent();
        if (page > 1 || decorateFirstPage) {
            header(canvas, document);
            footer(canvas, document, page);
        }
        // The footnote's space; it is filled at the end if a partial figure turned out to be on the page.
        PdfTemplate space = canvas.createTemplate(document.right() - document.left(), 36);
        canvas.addTemplate(space, document.left(), document.bottom() - 42);
        footnoteSpaces.put(page, space);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (int page : pagesWithPartial) {
            PdfTemplate space = footnoteSpaces.get(page);
            if (space != null) {
                footnote(space, document.right() - document.left());
            }
        }
    }

    private void header(PdfContentByte canvas, Document document) {
        float y = document.top() + 22;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, type.pageFurniture.phrase(runningTitle),
                document.left(), y, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, type.pageFurniture.phrase(runningEdition),
                document.right(), y, 0);
        canvas.saveState();
        canvas.setColorStroke(Typography.GREY);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(document.left(), y - 6);
        canvas.lineTo(document.right(), y - 6);
        canvas.stroke();
        canvas.restoreState();
    }

    private void footer(PdfContentByte canvas, Document document, int page) {
        String text = knownPageCount > 0
                ? Chinese.text("bulletin.page.numberOfTotal", page, knownPageCount)
                : Chinese.text("bulletin.page.number", page);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, type.pageFurniture.phrase(text),
                (document.left() + document.right()) / 2, document.bottom() - 50, 0);
    }

    /** The explanation of the marker, at the foot of the page, above the page number. */
    private void footnote(PdfTemplate space, float width) {
        float top = space.getHeight() - 2;
        space.saveState();
        space.setColorStroke(Typography.GREY);
        space.setLineWidth(0.5f);
        space.moveTo(0, top);
        space.lineTo(72, top);
        space.stroke();
        space.restoreState();
        ColumnText column = new ColumnText(space);
        Phrase note = type.note.phrase(FigureText.partialMark() + " " + Chinese.text("bulletin.mark.partialFootnote"));
        column.setSimpleColumn(note, 0, 0, width, top - 2, type.note.leading(), Element.ALIGN_LEFT);
        try {
            column.go();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page each section heading was laid out on. */
    Map<String, Integer> sectionPages() {
        return sectionPages;
    }

    int pageCount() {
        return lastPage;
    }
}
