package com.districtbulletin.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Each district's receipt and problems file, read back: its own files, versions and problems
 * and no other district's; a clean district's receipt says so; many rows of one kind are one line.
 */
@Tag("database")
class ReceiptTest extends IngestTestBase {

    private static final String BAD_DATE = "2024-13-01";

    private void writeInput() throws IOException {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        String[] rows = new String[6];
        for (int i = 0; i < rows.length; i++) {
            boolean bad = i == 1 || i == 2 || i == 3 || i == 5; // lines 3, 4, 5 and 7
            rows[i] = with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-0" + (i + 1),
                    "decision_date", bad ? BAD_DATE : "2024-03-05");
        }
        write("420115_2024_appointments.csv", lines(APPOINTMENTS_HEADER, rows[0], rows[1], rows[2], rows[3], rows[4],
                rows[5]));
        write("420115_2024_inspections.csv", lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "start_date", BAD_DATE)));
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
    }

    private Path folder(String code) {
        return folder(code, 2024);
    }

    private Path folder(String code, int year) {
        return output.resolve(year + "/districts").resolve(code);
    }

    private String receipt(String code) throws IOException {
        return receipt(code, 2024);
    }

    private String receipt(String code, int year) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(folder(code, year).resolve("receipt-" + code + "-" + year + ".pdf")
                .toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private static List<List<String>> records(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void eachReceiptHoldsItsOwnFilesVersionsAndProblemsAndNoneOfAnotherDistrict() throws Exception {
        writeInput();
        run(2024);

        String jiangxia = receipt("420115");
        assertThat(jiangxia).contains("江夏区（420115）2024年度数据报送回执", "420115_2024_meetings.csv",
                "420115_2024_appointments.csv", "420115_2024_inspections.csv", "未通过审核", "现行有效", "NO_VALID_ROWS",
                "未报送：代表建议、联络站点");
        assertThat(jiangxia).doesNotContain("420102", "江岸区");
        assertThat(jiangxia).contains("有6个问题需要修改").contains("1个文件整份未被接收");
        assertThat(jiangxia).as("its figures name the dataset rejected whole instead of leaving it out")
                .contains("监督活动报送文件整份未通过审核，本数据集暂无统计数据");

        String jiangan = receipt("420102");
        assertThat(jiangan).contains("江岸区（420102）", "420102_2024_meetings.csv", "全部通过审核")
                .doesNotContain("420115", "江夏区", "NO_VALID_ROWS", "BAD_DATE", "decision_date");
    }

    @Test
    void manyRowsWithTheSameProblemAreOneLineWithTheirLineNumbers() throws Exception {
        writeInput();
        run(2024);

        assertThat(problems(2024, "420115_2024_appointments.csv")).hasSize(4);
        String jiangxia = receipt("420115");
        String line = "第3–5、7行（共4行），“decision_date”列：";
        assertThat(jiangxia).contains(line);
        assertThat(jiangxia.indexOf(line)).isEqualTo(jiangxia.lastIndexOf(line));
        assertThat(jiangxia).doesNotContain("第3行", "第4行", "第7行");
    }

    @Test
    void theProblemsFileIsTheDistrictsRowsOfTheValidationReport() throws Exception {
        writeInput();
        run(2024);

        List<List<String>> report = records(reportFile(2024));
        for (String code : List.of("420115", "420102")) {
            List<List<String>> own = records(folder(code).resolve("problems-" + code + "-2024.csv"));
            assertThat(own.get(0)).isEqualTo(report.get(0));
            assertThat(own.subList(1, own.size()))
                    .isEqualTo(report.stream().skip(1).filter(r -> r.get(7).equals(code)).toList());
        }
        assertThat(records(folder("420115").resolve("problems-420115-2024.csv"))).hasSize(1 + 6);
        assertThat(records(folder("420102").resolve("problems-420102-2024.csv"))).hasSize(1);
    }

    @Test
    void aReplacedVersionIsListedAsSupersededAndAnUnchangedRunWritesTheSameBytes() throws Exception {
        writeInput();
        run(2024);
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, MEETING_ROW.replace("HY-01", "HY-02")));
        run(2024);

        String jiangan = receipt("420102");
        assertThat(jiangan).contains("现行有效", "已被替换").doesNotContain("420115");
        Path pdf = folder("420102").resolve("receipt-420102-2024.pdf");
        byte[] before = Files.readAllBytes(pdf);
        run(2024);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
    }

    @Test
    void aRejectedFileSentAgainCorrectedIsListedButNoLongerAskedFor() throws Exception {
        writeInput();
        run(2024);
        assertThat(receipt("420115")).contains("1个文件整份未被接收");
        write("420115_2024_inspections.csv", lines(INSPECTIONS_HEADER, INSPECTION_ROW));
        run(2024);

        String jiangxia = receipt("420115");
        assertThat(jiangxia).contains("有4个问题需要修改").doesNotContain("整份未被接收", "NO_VALID_ROWS");
        assertThat(jiangxia.split("420115_2024_inspections.csv", -1)).as("the file's two versions").hasSize(3);
    }

    @Test
    void aDistrictThatSentNothingGetsAReceiptSayingSo() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);

        String jiangan = receipt("420102");
        assertThat(jiangan).contains("本年度尚未报送文件", "未报送：会议、监督活动").doesNotContain("420115");
        assertThat(records(folder("420102").resolve("problems-420102-2024.csv"))).hasSize(1);
    }

    @Test
    void aFallPrintsATrueMinusSignAsTheBulletinDoes() throws Exception {
        write("420115_2023_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW.replace("2024", "2023"),
                MEETING_ROW.replace("2024", "2023").replace("HY-01", "HY-02"),
                MEETING_ROW.replace("2024", "2023").replace("HY-01", "HY-03")));
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);

        String jiangxia = receipt("420115");
        assertThat(jiangxia).as("常委会会议 3 → 1: U+2212, not a hyphen").contains("常委会会议（次）1第1位/1\u22122")
                .doesNotContain("/1-");
    }

    /** A copy named "(1)" and an old .xls are never stored, yet the district sent them: table 一 lists them. */
    @Test
    void filesRefusedForTheirNameOrTypeAreListedAndCountedInTheVerdict() throws Exception {
        writeInput();
        write("420115_2024_meetings (1).csv", lines(MEETINGS_HEADER, MEETING_ROW));
        write("420115_2024_filings.xls", "not a workbook");
        run(2024);

        String jiangxia = receipt("420115");
        assertThat(jiangxia).contains("420115_2024_meetings(1).csv未受理", "420115_2024_filings.xls未受理");
        assertThat(jiangxia).as("the refused files with the one rejected whole").contains("其中3个文件整份未被接收");
        assertThat(jiangxia.split("420115_2024_filings.xls", -1)).as("in table 一 and in part 二, which says why")
                .hasSizeGreaterThan(2);
    }

    /**
     * A run for 2024 reads 2023's files too, but makes only 2024's statistics: the 2023 receipt of a
     * district with a file in force says its data are not in the statistics yet, not that it has no
     * data, and still names its dataset rejected whole; a district that sent nothing for 2023 is
     * still told it has no data in force; the run for 2023 then prints the district's figures.
     */
    @Test
    void aYearWhoseStatisticsAreNotMadeYetSaysSoInsteadOfNoData() throws Exception {
        write("420115_2023_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW.replace("2024-", "2023-")));
        write("420115_2023_inspections.csv", lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "start_date", BAD_DATE)));
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);

        String notYet = "本区（县）本年度已有现行有效的报送文件，但其数据尚未纳入本年度的统计";
        String noData = "本区（县）本年度没有现行有效的数据。";
        assertThat(receipt("420115", 2023)).contains("420115_2023_meetings.csv", "现行有效", notYet)
                .as("a dataset rejected whole still has its line").contains("监督活动报送文件整份未通过审核")
                .doesNotContain(noData);
        assertThat(receipt("420102", 2023)).contains(noData).doesNotContain(notYet);

        run(2023);
        assertThat(receipt("420115", 2023)).contains("常委会会议（次）").doesNotContain(notYet, noData);
    }

    /** A late file of a closed year repeating a problem of the version in force: one problem, not two. */
    @Test
    void aProblemOfTheVersionInForceAndOfAPendingOneIsShownOnce() throws Exception {
        writeInput();
        JobExecution closing = launcher.run(new com.districtbulletin.job.RunParameters(2024, input, output,
                com.districtbulletin.edition.Edition.FINAL));
        assertThat(closing.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path appointments = input.resolve("420115_2024_appointments.csv");
        Files.writeString(appointments, Files.readString(appointments, StandardCharsets.UTF_8)
                + with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-07") + "\n", StandardCharsets.UTF_8);
        run(2024);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'pending'")).isEqualTo(1);
        assertThat(problems(2024, "420115_2024_appointments.csv")).as("the report keeps both versions' rows")
                .hasSize(8);

        String jiangxia = receipt("420115");
        String line = "第3–5、7行（共4行），“decision_date”列：";
        assertThat(jiangxia).contains(line).doesNotContain("（共8行）");
        assertThat(jiangxia.indexOf(line)).isEqualTo(jiangxia.lastIndexOf(line));
        assertThat(jiangxia).contains("有6个问题需要修改");
    }
}
