package com.districtbulletin.print;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;

/**
 * The rules of a 三线表: a heavy rule above the header, a thin one under it and a heavy one under
 * the last row, on every page the table runs over; no grid.
 */
public final class ThreeLineRules implements PdfPTableEvent {

    public static final ThreeLineRules INSTANCE = new ThreeLineRules(0);
    /** For a table whose first header row is its title: the rules start under it. */
    public static final ThreeLineRules BELOW_TITLE = new ThreeLineRules(1);

    private static final float HEAVY = 1.1f;
    private static final float THIN = 0.5f;

    private final int titleRows;

    private ThreeLineRules(int titleRows) {
        this.titleRows = titleRows;
    }

    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float left = widths[0][0];
        float right = widths[0][widths[0].length - 1];
        canvas.saveState();
        canvas.setColorStroke(Typography.INK);
        int top = Math.min(titleRows, heights.length - 1);
        rule(canvas, left, right, heights[top], HEAVY);
        if (headerRows > titleRows && headerRows < heights.length) {
            rule(canvas, left, right, heights[headerRows], THIN);
        }
        rule(canvas, left, right, heights[heights.length - 1], HEAVY);
        canvas.restoreState();
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y, float width) {
        canvas.setLineWidth(width);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
    }
}
