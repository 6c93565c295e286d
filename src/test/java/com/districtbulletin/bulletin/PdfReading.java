package com.districtbulletin.bulletin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a bulletin back with PDFBox: page texts, bookmarks and fonts. */
final class PdfReading implements AutoCloseable {

    /** A bookmark: its title, level (1 = top) and the page (1-based) it points at. */
    record Bookmark(String title, int level, int page) {
    }

    /** A font as embedded: its PostScript name and whether its program is in the file. */
    record EmbeddedFont(String name, boolean embedded, int page) {
    }

    private final PDDocument document;

    PdfReading(Path pdf) throws IOException {
        document = Loader.loadPDF(pdf.toFile());
    }

    PDDocument document() {
        return document;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text of a page (1-based), lines in reading order. */
    String page(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    String all() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    List<Bookmark> bookmarks() throws IOException {
        List<Bookmark> result = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            add(item, 1, result);
        }
        return result;
    }

    private void add(PDOutlineItem item, int level, List<Bookmark> result) throws IOException {
        PDPage page = item.findDestinationPage(document);
        result.add(new Bookmark(item.getTitle(), level, document.getPages().indexOf(page) + 1));
        for (PDOutlineItem child : item.children()) {
            add(child, level + 1, result);
        }
    }

    /** Every font used on every page, including inside form XObjects (the charts). */
    List<EmbeddedFont> fonts() throws IOException {
        Map<String, EmbeddedFont> fonts = new LinkedHashMap<>();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            collect(page.getResources(), n, fonts, 0);
        }
        return new ArrayList<>(fonts.values());
    }

    private void collect(PDResources resources, int page, Map<String, EmbeddedFont> fonts, int depth)
            throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean embedded = font instanceof PDType0Font type0
                    ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
            fonts.putIfAbsent(font.getName() + "@" + page, new EmbeddedFont(font.getName(), embedded, page));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), page, fonts, depth + 1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
