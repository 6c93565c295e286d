package com.districtbulletin.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.PdfText;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table does not start at a page's foot with fewer than three body rows; it starts on the next page. */
class KeepTogetherTest {

    @TempDir
    Path dir;

    @Test
    void aTableWithRoomForTwoRowsStartsOnTheNextPage() throws Exception {
        List<String> pages = render(2, (document, writer) -> KeepTogether.add(document, writer, table()));
        assertThat(pages.get(0)).doesNotContain("HEAD");
        assertThat(pages.get(1)).startsWith("HEAD").contains("ROW1", "ROW2", "ROW3");
    }

    @Test
    void withoutItTheSameTableStartsWithTwoRowsAtTheFoot() throws Exception {
        List<String> pages = render(2, (document, writer) -> {
            try {
                document.add(table());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(pages.get(0)).contains("HEAD", "ROW1", "ROW2").doesNotContain("ROW3");
    }

    @Test
    void aTableWithRoomForThreeRowsStartsWhereItIs() throws Exception {
        List<String> pages = render(3, (document, writer) -> KeepTogether.add(document, writer, table()));
        assertThat(pages.get(0)).contains("HEAD", "ROW1", "ROW2", "ROW3").doesNotContain("ROW4");
    }

    /** Fills the first page until only {@code rows} body rows of the table (and its header) fit, then adds it. */
    private List<String> render(int rows, BiConsumer<Document, PdfWriter> addTable) throws Exception {
        Path pdf = dir.resolve("table-" + rows + ".pdf");
        try (var out = Files.newOutputStream(pdf)) {
            Document document = new Document(PageSize.A6, 20, 20, 20, 20);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable probe = table();
            float header = probe.getRowHeight(0) + probe.spacingBefore();
            float row = probe.getRowHeight(1);
            float room = header + row * rows + row / 2;
            while (writer.getVerticalPosition(true) - document.bottom() - 3 > room) {
                document.add(new Paragraph(3, "."));
            }
            float left = writer.getVerticalPosition(true) - document.bottom();
            assertThat(left).isBetween(header + row * rows, header + row * (rows + 1));
            addTable.accept(document, writer);
            document.close();
        }
        return PdfText.pages(pdf);
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(200);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.addCell("HEAD");
        table.addCell("VALUE");
        for (int i = 1; i <= 10; i++) {
            table.addCell("ROW" + i);
            table.addCell(Integer.toString(i));
        }
        return table;
    }
}
