package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.districtbulletin.support.HandmadeWorkbook;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading limits, found while the text streams, and files that cannot be read to their end. */
class ReadLimitsTest {

    @TempDir
    Path dir;

    private static List<CsvRecords.Record> read(String text, RecordLimits limits) {
        List<CsvRecords.Record> records = new ArrayList<>();
        try (CsvRecords r = new CsvRecords(new StringReader(text), limits)) {
            r.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void textWithinTheLimitsReadsAsBefore() {
        RecordLimits limits = new RecordLimits(3, 5, 14);
        List<CsvRecords.Record> records = read("a,b,c\n\"x,\"\"y\",12345,\"ab\r\nc\"\n", limits);
        assertThat(records).extracting(CsvRecords.Record::cells)
                .containsExactly(List.of("a", "b", "c"), List.of("x,\"y", "12345", "ab\r\nc"));
    }

    @Test
    void aWideRecordAnOverlongCellOrRecordThrowsNamingItsLine() {
        assertThatThrownBy(() -> read("a,b\n\n1,2,3,4\n", new RecordLimits(3, 100, 100)))
                .isInstanceOfSatisfying(SubmissionReadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionReadException.Kind.OVER_LIMIT);
                    assertThat(e.detail()).isEqualTo("第 3 行超过 3 列");
                });
        assertThatThrownBy(() -> read("a,b\n1,\"123\n456\"\n", new RecordLimits(3, 6, 100)))
                .isInstanceOfSatisfying(SubmissionReadException.class,
                        e -> assertThat(e.detail()).isEqualTo("第 2 行有单元格超过 6 个字符"));
        // a quote never closed: the cell runs to the end of the text, and is stopped at the limit
        assertThatThrownBy(() -> read("a,b\n1,\"2\n3,4\n5,6\n", new RecordLimits(3, 4, 100)))
                .isInstanceOfSatisfying(SubmissionReadException.class,
                        e -> assertThat(e.detail()).isEqualTo("第 2 行有单元格超过 4 个字符"));
        assertThatThrownBy(() -> read("a,b,c\n1234,1234,1234\n", new RecordLimits(3, 4, 11)))
                .isInstanceOfSatisfying(SubmissionReadException.class,
                        e -> assertThat(e.detail()).isEqualTo("第 2 行起的一条记录超过 11 个字符"));
    }

    @Test
    void aQuoteInsideAnUnquotedCellOrAfterTheClosingQuoteIsText() {
        // the limits follow the parser: here "x" then 10 characters of trailing text make one cell of 11
        assertThatThrownBy(() -> read("\"x\"0123456789\n", new RecordLimits(3, 10, 100)))
                .isInstanceOf(SubmissionReadException.class);
        assertThat(read("ab\"c,d\n", new RecordLimits(2, 4, 100)).get(0).cells()).containsExactly("ab\"c", "d");
    }

    @Test
    void rowsAreCountedWithoutTheBlankOnes() {
        RecordLimits limits = new RecordLimits(3, 10, 100, 3);
        assertThatThrownBy(() -> read("a,b\n\n,,\n \n1,2\n3,4\n5,6\n", limits))
                .isInstanceOf(SubmissionReadException.class).hasMessage("文件超过 3 行（一张 Excel 工作表的行数上限），第 7 行已超出");
    }

    @Test
    void aWorkbookIsHeldToTheSameLimitsAsATextWhateverItsCellsHold() throws IOException {
        String[] header = new String[16_384];
        for (int i = 0; i < header.length; i++) {
            header[i] = "列" + i;
        }
        Path wide = new HandmadeWorkbook().sheet("数据").textRow(1, String.join(",", header)).textRow(2, "1,2")
                .write(dir.resolve("wide.xlsx"));
        assertThat(XlsxFile.inspect(wide).overLimit()).isEqualTo("第 1 行超过 1000 列");
        assertThat(XlsxFile.inspect(wide).unreadable()).isEmpty();

        Path wideRow = new HandmadeWorkbook().sheet("数据").textRow(1, "a,b")
                .row(2, cellAt(1_000, "x")).write(dir.resolve("wide-row.xlsx"));
        assertThat(XlsxFile.inspect(wideRow).overLimit()).isEqualTo("第 2 行超过 1000 列");
        Path emptyBeyond = new HandmadeWorkbook().sheet("数据").textRow(1, "a,b")
                .row(2, cellAt(999, "x")).write(dir.resolve("within.xlsx"));
        assertThat(XlsxFile.inspect(emptyBeyond).overLimit()).as("a thousand cells, the last one filled").isNull();

        Path longCell = new HandmadeWorkbook().sheet("数据").textRow(1, "a,b")
                .row(3, HandmadeWorkbook.inline("x".repeat(ReadLimits.CELL_CHARS + 1))).write(dir.resolve("cell.xlsx"));
        assertThat(XlsxFile.inspect(longCell).overLimit()).isEqualTo("第 3 行有单元格超过 32767 个字符");

        // text that does not compress, or the workbook would be refused as a zip bomb before it is read
        java.util.Random random = new java.util.Random(19);
        HandmadeWorkbook.Cell[] thirtyThree = new HandmadeWorkbook.Cell[33];
        for (int i = 0; i < thirtyThree.length; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < ReadLimits.CELL_CHARS) {
                text.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
            thirtyThree[i] = HandmadeWorkbook.inline(text.toString());
        }
        Path longRow = new HandmadeWorkbook().sheet("数据").textRow(1, "a,b").row(2, thirtyThree)
                .write(dir.resolve("row.xlsx"));
        assertThat(XlsxFile.inspect(longRow).overLimit()).isEqualTo("第 2 行起的一条记录超过 1048576 个字符");
    }

    /** Cells up to {@code position} (0-based), only the last one filled. */
    private static HandmadeWorkbook.Cell[] cellAt(int position, String text) {
        HandmadeWorkbook.Cell[] cells = new HandmadeWorkbook.Cell[position + 1];
        cells[position] = HandmadeWorkbook.text(text);
        return cells;
    }

    @Test
    void theDefaultsRejectAHundredThousandColumnsAndALongLineWithoutReadingThemWhole() throws IOException {
        Path wide = Files.writeString(dir.resolve("wide.csv"), "a,".repeat(100_000) + "\n1\n");
        // a text that is UTF-8 throughout leaves the limits to the records' splitter, which counts them keeping no cell
        assertThat(DecodedFile.inspect(wide).overLimit()).isNull();
        assertThat(DecodedFile.inspect(wide).withLimitsCounted().overLimit()).isEqualTo("第 1 行超过 1000 列");
        Path line = Files.writeString(dir.resolve("line.csv"), "a\n" + "x".repeat(40_000));
        DecodedFile decoded = DecodedFile.inspect(line).withLimitsCounted();
        assertThat(decoded.overLimit()).isEqualTo("第 2 行有单元格超过 32767 个字符");
        assertThat(decoded.charset()).isNull();
        assertThat(decoded.sha256()).as("still the file's fingerprint").isEqualTo(DecodedFile.sha256Of(line));
        Path fine = Files.writeString(dir.resolve("fine.csv"), "a,b\n1,2\n");
        assertThat(DecodedFile.inspect(fine).withLimitsCounted().overLimit()).isNull();
        // one that is not: the inspection counts them as far as the text is UTF-8, before it tries GB18030
        Path notUtf8 = dir.resolve("gb.csv");
        Files.write(notUtf8, ("a\n" + "x".repeat(40_000) + "\n中文\n").getBytes(DecodedFile.GB18030));
        assertThat(DecodedFile.inspect(notUtf8).overLimit()).isEqualTo("第 2 行有单元格超过 32767 个字符");
    }

    @Test
    void aFolderAPipeOrAMissingFileIsUnreadable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("420115_2024_meetings.csv"));
        assertUnreadable(folder, "这是一个文件夹，不是文件");
        Path fifo = dir.resolve("420115_2024_inspections.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertUnreadable(fifo, "这不是普通文件（可能是管道、设备或失效的快捷方式）");
        assertUnreadable(dir.resolve("gone.csv"), "文件在读取过程中被删除或移走");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("nowhere.csv"));
        assertUnreadable(link, "文件在读取过程中被删除或移走");
    }

    @Test
    void aFileChangedOrDeletedAfterItWasInspectedIsUnreadableWhenOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), "a,b\n1,2\n");
        DecodedFile decoded = DecodedFile.inspect(file);
        Files.writeString(file, "a,b\n1,2\n3,4\n");
        assertThatThrownBy(decoded::open).isInstanceOfSatisfying(SubmissionReadException.class,
                e -> assertThat(e.detail()).isEqualTo("文件在读取过程中被修改"));

        // same size and time, but the file grows while it is read
        Files.writeString(file, "a,b\n1,2\n");
        FileTime time = Files.getLastModifiedTime(file);
        decoded = DecodedFile.inspect(file);
        try (Reader reader = decoded.open()) {
            Files.write(file, "a,b\n1,2\n5,6\n".getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(file, time);
            assertThatThrownBy(() -> new CsvRecords(reader).forEachRemaining(r -> { }))
                    .isInstanceOfSatisfying(SubmissionReadException.class,
                            e -> assertThat(e.detail()).isEqualTo("文件在读取过程中被修改"));
        }

        decoded = DecodedFile.inspect(file);
        Files.delete(file);
        assertThatThrownBy(decoded::open).isInstanceOfSatisfying(SubmissionReadException.class,
                e -> assertThat(e.detail()).isEqualTo("文件在读取过程中被删除或移走"));
    }

    private static void assertUnreadable(Path path, String detail) {
        assertThatThrownBy(() -> DecodedFile.inspect(path)).isInstanceOfSatisfying(SubmissionReadException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionReadException.Kind.UNREADABLE);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }
}
