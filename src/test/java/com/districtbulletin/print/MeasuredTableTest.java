package com.districtbulletin.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A long table of locked width over several pages is written to the same bytes as OpenPDF's own
 * table writes, with its cells laid out far fewer times; a table whose widths change, or with a
 * cell spanning rows, is measured again as OpenPDF measures it.
 */
class MeasuredTableTest {

    private static final float[] WIDTHS = {3, 1, 1};

    @Test
    void aTableOverSeveralPagesIsWrittenAsOpenPdfWritesItWithItsCellsLaidOutLessOften() throws Exception {
        Counting plainLayouts = new Counting();
        Counting measuredLayouts = new Counting();
        Written plain = write(PdfPTable::new, plainLayouts, false, false);
        Written measured = write(MeasuredTable::new, measuredLayouts, false, false);
        assertThat(plain.pages()).isGreaterThanOrEqualTo(4);
        assertThat(measured.pdf()).isEqualTo(plain.pdf());
        assertThat(measuredLayouts.calls).isLessThan(plainLayouts.calls / 2);
    }

    @Test
    void aTableWhoseWidthChangesAfterItsRowsIsMeasuredAgain() throws Exception {
        Written plain = write(PdfPTable::new, new Counting(), true, false);
        Written measured = write(MeasuredTable::new, new Counting(), true, false);
        assertThat(measured.pdf()).isEqualTo(plain.pdf());
    }

    @Test
    void aTableWithACellSpanningRowsIsMeasuredAsOpenPdfMeasuresIt() throws Exception {
        Written plain = write(PdfPTable::new, new Counting(), false, true);
        Written measured = write(MeasuredTable::new, new Counting(), false, true);
        assertThat(measured.pdf()).isEqualTo(plain.pdf());
    }

    private record Written(byte[] pdf, int pages) {
    }

    /** Counts the characters looked at while lines are broken: each layout of a cell looks at its text again. */
    private static final class Counting implements SplitCharacter {
        int calls;

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            calls++;
            return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
        }
    }

    private static Written write(IntFunction<PdfPTable> table, Counting layouts, boolean widen, boolean rowspan)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 20, 20, 20, 20);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        new DocumentIdentity("table", null, null, LocalDateTime.of(2025, 1, 1, 0, 0), "table").stamp(writer);
        PdfPTable t = table.apply(WIDTHS.length);
        t.setWidths(WIDTHS);
        t.setTotalWidth(widen ? 180 : 240);
        t.setLockedWidth(true);
        t.setSplitLate(true);
        t.setHeaderRows(1);
        t.addCell(cell("metric", layouts));
        t.addCell(cell("value", layouts));
        t.addCell(cell("rank", layouts));
        for (int i = 1; i <= 90; i++) {
            String name = i % 7 == 0 ? "a metric whose name is long enough to take two lines or three " + i
                    : "metric " + i;
            t.addCell(cell(name, layouts));
            if (rowspan && i % 10 == 1) {
                PdfPCell spanning = cell("spans two rows " + i, layouts);
                spanning.setRowspan(2);
                t.addCell(spanning);
            } else if (!rowspan || i % 10 != 2) {
                t.addCell(cell(Integer.toString(i * 37), layouts));
            }
            t.addCell(cell(i + "/90", layouts));
        }
        if (widen) {
            t.setTotalWidth(240);
        }
        document.add(t);
        int pages = writer.getPageNumber();
        document.close();
        return new Written(out.toByteArray(), pages);
    }

    private static PdfPCell cell(String text, Counting layouts) {
        Chunk chunk = new Chunk(text);
        chunk.setSplitCharacter(layouts);
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(2.5f);
        return cell;
    }
}
