package com.districtbulletin.submission;

import static com.districtbulletin.support.HandmadeWorkbook.BUILT_IN_CHINESE_DATE;
import static com.districtbulletin.support.HandmadeWorkbook.CHINESE_DATE;
import static com.districtbulletin.support.HandmadeWorkbook.DATE;
import static com.districtbulletin.support.HandmadeWorkbook.DATE_TIME;
import static com.districtbulletin.support.HandmadeWorkbook.GENERAL;
import static com.districtbulletin.support.HandmadeWorkbook.TWO_DECIMALS;
import static com.districtbulletin.support.HandmadeWorkbook.bool;
import static com.districtbulletin.support.HandmadeWorkbook.booleanFormula;
import static com.districtbulletin.support.HandmadeWorkbook.formula;
import static com.districtbulletin.support.HandmadeWorkbook.gap;
import static com.districtbulletin.support.HandmadeWorkbook.inline;
import static com.districtbulletin.support.HandmadeWorkbook.number;
import static com.districtbulletin.support.HandmadeWorkbook.stringFormula;
import static com.districtbulletin.support.HandmadeWorkbook.styledEmpty;
import static com.districtbulletin.support.HandmadeWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.HandmadeWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xlsx submissions (data contract section 2), on workbooks written part by part. */
class XlsxRecordsTest {

    @TempDir
    Path dir;

    @Test
    void cellsReadAsACsvExportWouldGiveThemWithDatesNumbersBooleansAndCachedFormulaValues() throws Exception {
        Path file = new HandmadeWorkbook().sheet("数据")
                .textRow(1, "a,b,c,d,e,f,g,h,i,j,k,l,m,n")
                .row(3, text(" HY-01 "), number("45356", DATE), number("2"), number("2.50", TWO_DECIMALS),
                        bool(true), formula("1+2", "3", GENERAL), formula("A1", null, GENERAL),
                        stringFormula("\"x\"&\"y\"", "xy"), booleanFormula("1>2", false),
                        number("45356", CHINESE_DATE), number("45356", BUILT_IN_CHINESE_DATE),
                        number("45356.75", DATE_TIME), number("45356"), formula("DATE(2024,3,5)", "45356", DATE))
                .write(dir.resolve("420115_2024_meetings.xlsx"));

        List<SubmissionRecords.Record> records = read(file);

        assertThat(records).hasSize(2);
        SubmissionRecords.Record row = records.get(1);
        assertThat(row.line()).as("the worksheet's row number").isEqualTo(3);
        assertThat(row.cells()).containsExactly(" HY-01 ", "2024-03-05", "2", "2.5", "是", "3", "", "xy", "否",
                "2024-03-05", "2024-03-05", "2024-03-05", "45356", "2024-03-05");
        List<Integer> plain = new ArrayList<>();
        row.plainNumbers().stream().forEach(plain::add);
        assertThat(plain).as("numbers without a date format").containsExactly(2, 3, 5, 12);
    }

    @Test
    void blankRowsAreSkippedAndTheHeaderEndsAtItsLastNonEmptyCell() throws Exception {
        Path file = new HandmadeWorkbook().sheet("数据")
                .row(2, styledEmpty(), inline("  "))                      // formatted but blank: skipped
                .row(3, text("a"), text("b"), text("c"), styledEmpty(), styledEmpty())
                .row(4, text("1"), gap(), text("3"), styledEmpty())       // a gap inside, nothing beyond
                .row(5, text("1"))                                       // cells missing at the end
                .row(6, text("1"), gap(), gap(), gap(), text("extra"))   // a value beyond the header
                .row(7, styledEmpty(), styledEmpty())
                .write(dir.resolve("x.xlsx"));

        assertThat(read(file)).containsExactly(
                new SubmissionRecords.Record(3, List.of("a", "b", "c")),
                new SubmissionRecords.Record(4, List.of("1", "", "3")),
                new SubmissionRecords.Record(5, List.of("1", "", "")),
                new SubmissionRecords.Record(6, List.of("1", "", "", "", "extra")));
    }

    @Test
    void onlyTheFirstWorksheetIsReadHiddenOrNotAndAChartSheetIsNoWorksheet() throws Exception {
        Path hidden = new HandmadeWorkbook().hiddenSheet("隐藏").textRow(1, "first,sheet")
                .sheet("说明").textRow(1, "instructions")
                .write(dir.resolve("hidden.xlsx"));
        assertThat(read(hidden)).containsExactly(new SubmissionRecords.Record(1, List.of("first", "sheet")));

        Path chartFirst = new HandmadeWorkbook().chartSheet("图表")
                .sheet("数据").textRow(2, "the,data")
                .sheet("说明").textRow(1, "instructions")
                .write(dir.resolve("chart.xlsx"));
        assertThat(read(chartFirst)).containsExactly(new SubmissionRecords.Record(2, List.of("the", "data")));
    }

    @Test
    void a1904WorkbookCountsItsDatesFrom1904() throws Exception {
        Path file = new HandmadeWorkbook().date1904().sheet("数据").textRow(1, "d")
                .row(2, number("43894", DATE)).write(dir.resolve("mac.xlsx"));
        assertThat(read(file).get(1).cells()).containsExactly("2024-03-05");
    }

    @Test
    void fingerprintIsOverTheBytesAndTheEncodingIsRecordedAsXlsx() throws Exception {
        Path file = new HandmadeWorkbook().sheet("数据").textRow(1, "a").write(dir.resolve("a.xlsx"));
        SubmissionFile inspected = SubmissionFile.inspect(file);
        assertThat(inspected).isInstanceOf(XlsxFile.class);
        assertThat(inspected.sha256()).isEqualTo(DecodedFile.sha256Of(file));
        assertThat(inspected.encodingName()).isEqualTo("xlsx");
        assertThat(inspected.unreadable()).isEmpty();
        assertThat(SubmissionFile.inspect(Files.copy(file, dir.resolve("A.XLSX")))).isInstanceOf(XlsxFile.class);
    }

    @Test
    void filesThatAreNoReadableWorkbookAreRefusedWithTheReason() throws Exception {
        Path good = new HandmadeWorkbook().sheet("数据").textRow(1, "a,b").textRow(2, "1,2").write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);

        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        Path noise = Files.write(dir.resolve("noise.xlsx"), random);
        // an old .xls renamed and an encrypted workbook are both OLE2 compound files
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        Path xls = Files.write(dir.resolve("old.xlsx"), ole2);
        Path csv = Files.writeString(dir.resolve("csv.xlsx"), "a,b\n1,2\n");
        Path brokenXml = zip("broken.xlsx", "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row><row");
        Path impossible = zip("impossible.xlsx", "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>zz</v></c></row></sheetData></worksheet>");
        Path noWorkbook = Files.write(dir.resolve("plain.xlsx"), zipBytes("readme.txt", "hello"));

        assertThat(reason(truncated)).contains("已损坏");
        assertThat(reason(noise)).contains("已损坏");
        assertThat(reason(xls)).contains("加密").contains(".xls");
        assertThat(reason(csv)).contains("已损坏");
        assertThat(reason(brokenXml)).contains("已损坏");
        assertThat(reason(noWorkbook)).contains("已损坏");
        assertThat(reason(impossible)).as("well-formed, but a shared string index that is no number").contains("已损坏");
        assertThat(SubmissionFile.inspect(good).unreadable()).isEmpty();
    }

    /**
     * Real files: an old .xls saved by LibreOffice and renamed, a workbook encrypted with a password
     * (agile encryption, as Excel 2010+ writes it; made once with Apache POI 5.4.1), and one
     * LibreOffice saved from a CSV.
     */
    @Test
    void realXlsAndEncryptedWorkbooksAreRefusedAndALibreOfficeWorkbookIsRead() throws Exception {
        Path xls = resource("saved-as-xls.xls", "420115_2024_meetings.xlsx");
        Path encrypted = resource("encrypted-password-secret.xlsx", "420115_2024_任免.xlsx");
        assertThat(reason(xls)).isEqualTo(reason(encrypted)).contains("加密").contains("旧版 .xls");

        Path libreOffice = resource("saved-by-libreoffice.xlsx", "420115_2024_会议.xlsx");
        assertThat(read(libreOffice)).containsExactly(
                new SubmissionRecords.Record(1, List.of("meeting_id", "meeting_type", "meeting_date")),
                new SubmissionRecords.Record(2, List.of("HY-01", "standing_committee", "2024-03-05")));
    }

    private Path resource(String name, String as) throws IOException {
        try (var in = getClass().getResourceAsStream("/xlsx/" + name)) {
            assertThat(in).as(name).isNotNull();
            Path file = dir.resolve(as);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void aZipBombIsRefusedWithoutBeingInflated() throws Exception {
        // 200 MB of white space inside a valid sheet compresses to about 200 KB
        Path bomb = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            HandmadeWorkbook workbook = new HandmadeWorkbook().sheet("数据").textRow(1, "a");
            workbook.writeTo(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/padding.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        assertThat(reason(bomb)).contains("100 倍");
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThat(after - before).as("nothing was inflated into memory").isLessThan(100L << 20);
    }

    private String reason(Path file) throws IOException {
        SubmissionFile inspected = SubmissionFile.inspect(file);
        assertThat(inspected.unreadable()).as(file.getFileName().toString()).isPresent();
        assertThat(inspected.unreadable().get().kind()).isEqualTo(SubmissionFile.Unreadable.Kind.WORKBOOK);
        assertThat(inspected.sha256()).isEqualTo(DecodedFile.sha256Of(file));
        return inspected.unreadable().get().reason();
    }

    private Path zip(String name, String part, String content) throws IOException {
        Path file = dir.resolve(name);
        HandmadeWorkbook workbook = new HandmadeWorkbook().sheet("数据");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            // the workbook's parts, the first sheet replaced by broken XML
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream inner = new ZipOutputStream(whole)) {
                workbook.writeTo(inner);
            }
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(whole.toByteArray()))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(entry.getName().equals(part) ? content.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : in.readAllBytes());
                    zip.closeEntry();
                }
            }
        }
        return file;
    }

    private static byte[] zipBytes(String part, String content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(part));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static List<SubmissionRecords.Record> read(Path file) throws IOException {
        SubmissionFile inspected = SubmissionFile.inspect(file);
        assertThat(inspected.unreadable()).as("%s is readable", file.getFileName()).isEmpty();
        List<SubmissionRecords.Record> records = new ArrayList<>();
        try (SubmissionRecords r = inspected.records()) {
            r.forEachRemaining(records::add);
        }
        return records;
    }
}
