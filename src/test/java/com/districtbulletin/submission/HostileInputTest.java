package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The files of issue 14 that stopped the whole run, each in an input folder with the other
 * district's good files: the run completes, the hostile file is reported with a code and a
 * message, and the other district's data, report and bulletin are written.
 */
@Tag("database")
class HostileInputTest extends IngestTestBase {

    private static final String GOOD = "420102_2024_meetings.csv";

    private void writeGoodFileOfTheOtherDistrict() throws IOException {
        write(GOOD, lines(MEETINGS_HEADER, MEETING_ROW));
    }

    private void assertTheOtherDistrictIsThere() throws Exception {
        assertThat(states(GOOD)).containsExactly("in_force");
        assertThat(problems(2024, GOOD)).isEmpty();
        assertThat(Files.size(output.resolve("2024/bulletin-2024.pdf"))).isPositive();
        assertThat(pdfText()).contains("江岸区");
        Path receipt = output.resolve("2024/districts/420102/receipt-420102-2024.pdf");
        try (PDDocument pdf = Loader.loadPDF(receipt.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(GOOD, "江岸区");
        }
        assertThat(lines(output.resolve("2024/districts/420102/problems-420102-2024.csv"))).hasSize(1);
        assertThat(output.resolve("2024/districts/420115/receipt-420115-2024.pdf")).isNotEmptyFile();
    }

    /** A district's receipt as text, white space removed (its tables break lines anywhere). */
    private String receiptText(String code) throws IOException {
        Path receipt = output.resolve("2024/districts/" + code + "/receipt-" + code + "-2024.pdf");
        try (PDDocument pdf = Loader.loadPDF(receipt.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private String pdfText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve("2024/bulletin-2024.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void charactersTheFontsLackInNamesHeadersCellsAndTheRegistryArePrintedAsTheStandIn() throws Exception {
        write("districts.csv", REGISTRY.replace("江夏区", "江夏\uD840\uDC00区"));   // U+20000, CJK Extension B
        writeGoodFileOfTheOtherDistrict();
        String folder = "2024/😀📁";
        write(folder + "/420115_2024_meetings.csv", lines(MEETINGS_HEADER + ",备注😀,零\u200B宽",
                MEETING_ROW.replace("预算调整", "预算\u200B调整\uD840\uDC00😀") + ",x,y"));
        write(folder + "/420115_2024_会议😀.csv", lines(MEETINGS_HEADER, MEETING_ROW));

        run(2024);

        // the CSV outputs keep the exact text
        assertThat(problems(2024, folder + "/420115_2024_meetings.csv")).containsExactly(
                "1|备注😀||UNKNOWN_COLUMN", "1|零\u200B宽||UNKNOWN_COLUMN");
        assertThat(problems(2024, folder + "/420115_2024_会议😀.csv")).containsExactly("|||FILE_NAME");
        assertThat(jdbc.queryForObject("SELECT topics FROM meetings m JOIN submission s ON s.id = m.submission_id"
                + " WHERE s.district_code = '420115'", String.class)).isEqualTo("预算\u200B调整\uD840\uDC00😀");
        // the bulletin prints the stand-in, and says so; the receipt, which names files and headers, too
        String pdf = pdfText();
        assertThat(pdf).contains("江夏〓区").contains("印作“〓”").doesNotContain("😀").doesNotContain("\uD840\uDC00");
        assertThat(receiptText("420115")).contains("江夏〓区").contains("备注〓").contains("零〓宽")
                .contains("会议〓.csv").doesNotContain("😀").doesNotContain("\uD840\uDC00");
        assertTheOtherDistrictIsThere();
    }

    @Test
    void aHeaderOfAHundredThousandColumnsIsRejectedWhole() throws Exception {
        writeGoodFileOfTheOtherDistrict();
        StringBuilder header = new StringBuilder(MEETINGS_HEADER);
        for (int i = 0; i < 100_000; i++) {
            header.append(",extra").append(i);
        }
        write("420115_2024_meetings.csv", lines(header.toString(), MEETING_ROW));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||TOO_LARGE");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message())
                .contains("第 1 行超过 1000 列").contains("整个文件未导入");
        assertThat(states("420115_2024_meetings.csv")).containsExactly("rejected");
        assertTheOtherDistrictIsThere();
    }

    @Test
    void a64MebibyteFileWithNoLineBreakIsRejectedWhole() throws Exception {
        writeGoodFileOfTheOtherDistrict();
        Path file = input.resolve("420115_2024_meetings.csv");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||TOO_LARGE");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message()).contains("第 1 行有单元格超过 32767 个字符");
        assertTheOtherDistrictIsThere();
    }

    @Test
    void aPathOf1200CharactersIsStoredAndReportedWhole() throws Exception {
        writeGoodFileOfTheOtherDistrict();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            path.append("很长的文件夹名称".repeat(10)).append(i % 10).append("/");   // 81 characters, 241 bytes each
        }
        path.append("420115_2024_meetings.csv");
        assertThat(path.length()).isGreaterThan(1_200);
        write(path.toString(), lines(MEETINGS_HEADER + ",备注", MEETING_ROW + ",x"));

        run(2024);

        assertThat(problems(2024, path.toString())).containsExactly("1|备注||UNKNOWN_COLUMN");
        assertThat(states(path.toString())).containsExactly("in_force");
        assertThat(jdbc.queryForObject("SELECT file_path FROM input_file WHERE file_path LIKE '%420115%'",
                String.class)).isEqualTo(path.toString());
        assertTheOtherDistrictIsThere();
    }

    @Test
    void aFolderWithABackslashAControlCharacterOrALineBreakInItsNameIsReadAndReportedAsWritten() throws Exception {
        writeGoodFileOfTheOtherDistrict();
        String backslash = "2024\\区县报送/420115_2024_meetings.csv";
        String lineBreak = "第一批\n\t第二批/420115_2024_inspections.csv";
        write(backslash, lines(MEETINGS_HEADER + ",备注", MEETING_ROW + ",x"));
        write(lineBreak, lines(INSPECTIONS_HEADER + ",备注", INSPECTION_ROW + ",x"));

        run(2024);

        assertThat(problems(2024, backslash)).containsExactly("1|备注||UNKNOWN_COLUMN");
        assertThat(problems(2024, lineBreak)).containsExactly("1|备注||UNKNOWN_COLUMN");
        assertThat(states(backslash)).containsExactly("in_force");
        assertThat(states(lineBreak)).containsExactly("in_force");
        assertThat(receiptText("420115")).contains("2024\\区县报送").contains("第一批〓〓第二批");
        assertTheOtherDistrictIsThere();
    }

    @Test
    void aFolderAPipeOrABrokenLinkNamedLikeASubmissionIsSkippedAndTheNextRunReadsTheFileThere() throws Exception {
        writeGoodFileOfTheOtherDistrict();
        Files.createDirectories(input.resolve("420115_2024_meetings.csv"));
        Path fifo = input.resolve("420115_2024_inspections.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path link = Files.createSymbolicLink(input.resolve("420115_2024_suggestions.csv"),
                input.resolve("deleted-before-it-was-read.csv"));

        run(2024);

        for (String file : new String[] {"420115_2024_meetings.csv", "420115_2024_inspections.csv",
                "420115_2024_suggestions.csv"}) {
            assertThat(problems(2024, file)).as(file).containsExactly("|||UNREADABLE_FILE");
            assertThat(report(2024, file).get(0).message()).as(file).contains("下次运行时会重新读取");
            assertThat(states(file)).as("nothing stored for " + file).isEmpty();
        }
        assertThat(report(2024, "420115_2024_inspections.csv").get(0).message()).contains("管道");
        assertTheOtherDistrictIsThere();

        Files.delete(fifo);
        Files.delete(link);
        write("420115_2024_inspections.csv", lines(INSPECTIONS_HEADER, INSPECTION_ROW));
        write("deleted-before-it-was-read.csv", "");
        Files.createSymbolicLink(input.resolve("420115_2024_suggestions.csv"),
                Files.writeString(workDir.resolve("elsewhere.csv"), lines(SUGGESTIONS_HEADER, SUGGESTION_ROW),
                        StandardCharsets.UTF_8));

        run(2024);

        assertThat(states("420115_2024_inspections.csv")).containsExactly("in_force");
        assertThat(states("420115_2024_suggestions.csv")).containsExactly("in_force");
        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("|||UNREADABLE_FILE");
    }
}
