package com.districtbulletin.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A table never starts at a page's foot with its header and fewer than {@link #BODY_ROWS} body
 * rows (all of them, when it has fewer): it starts on the next page instead. Its width must be
 * locked, so that its rows' heights are known before it is placed.
 */
public final class KeepTogether {

    /** The fewest body rows a table starts with on a page. */
    public static final int BODY_ROWS = 3;

    private KeepTogether() {
    }

    /** Adds the element; a table on a new page when too few of its rows would fit on this one. */
    public static void add(Document document, PdfWriter writer, Element element) {
        if (element instanceof PdfPTable table
                && writer.getVerticalPosition(true) - document.bottom() < startHeight(table)) {
            document.newPage();
        }
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The height of the table's header rows and its first {@link #BODY_ROWS} body rows, with the space before it. */
    static float startHeight(PdfPTable table) {
        int rows = Math.min(table.size(), table.getHeaderRows() + BODY_ROWS);
        float height = table.spacingBefore();
        for (int i = 0; i < rows; i++) {
            height += table.getRowHeight(i);
        }
        return height;
    }
}
