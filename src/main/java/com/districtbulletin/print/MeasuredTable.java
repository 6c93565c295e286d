package com.districtbulletin.print;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Arrays;

/**
 * A table whose rows are laid out once to be measured, not once more for every page it is placed
 * on. OpenPDF measures each row as it is completed (the width being set), then, for a table of
 * locked width, measures every row of the table again each time it places a part of it; laying a
 * cell's text out is most of a small document's cost, and a receipt's or a profile's long table
 * was measured four or five times over. The heights a second measuring would find are the ones
 * already kept, as long as the columns' widths are those the rows were measured at, no row is
 * left unmeasured and no cell spans rows (OpenPDF then shares the spanning cell's height among
 * its rows afresh): then the kept heights serve; otherwise the table is measured as OpenPDF does.
 */
final class MeasuredTable extends PdfPTable {

    /** The columns' widths at the last full measuring. */
    private float[] measuredWidths;

    MeasuredTable(int columns) {
        super(columns);
    }

    @Override
    public float calculateHeights(boolean firsttime) {
        if (firsttime && !measured()) {
            measuredWidths = absoluteWidths == null ? null : absoluteWidths.clone();
            return super.calculateHeights(true);
        }
        return super.calculateHeights(false);
    }

    private boolean measured() {
        if (measuredWidths == null || !Arrays.equals(measuredWidths, absoluteWidths)) {
            return false;
        }
        for (PdfPRow row : rows) {
            if (row == null) {
                continue;
            }
            if (!row.isCalculated()) {
                return false;
            }
            for (PdfPCell cell : row.getCells()) {
                if (cell != null && cell.getRowspan() > 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
