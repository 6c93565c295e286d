package com.districtbulletin.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A 三线表 as the bulletin and the receipts set it: locked width, rows never split, the header
 * repeated on every page, cells without a grid ({@link ThreeLineRules} draws the three rules).
 */
public final class ThreeLineTable {

    private ThreeLineTable() {
    }

    /** A table of {@code width} points whose first {@code headerRows} rows are its header. */
    public static PdfPTable of(float[] relativeWidths, float width, int headerRows) {
        PdfPTable table = new MeasuredTable(relativeWidths.length);
        try {
            table.setWidths(relativeWidths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setSplitLate(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(headerRows);
        table.setTableEvent(ThreeLineRules.INSTANCE);
        return table;
    }

    /** A cell of the table: no border, the text vertically centred. */
    public static PdfPCell cell(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(2.5f);
        cell.setPaddingLeft(3.5f);
        cell.setPaddingRight(3.5f);
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }
}
