package com.districtbulletin.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionRecords;
import com.districtbulletin.support.BulletinTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/** The blank templates, filled in with the example rows of the filling instructions, ingest with no rejection. */
class ClerkTemplatesTest extends BulletinTestBase {

    @Test
    void filledInTemplatesIngestWithZeroRejections() throws Exception {
        Path templates = workDir.resolve("templates");
        ClerkTemplates.write(templates);

        byte[] blank = Files.readAllBytes(templates.resolve("区划代码_年度_会议.csv"));
        assertThat(blank).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(blank, StandardCharsets.UTF_8)).contains("会议编号,会议类型,会议日期");
        String instructions = Files.readString(templates.resolve("填报说明.html"));
        assertThat(instructions).contains("常委会会议（standing_committee）").contains("2024年3月5日").contains("办结日期");
        // the files to submit are named from the declarations: every dataset of the contract
        assertThat(instructions).contains("每个区每年报送" + Dataset.values().length + "个文件");

        Files.copy(templates.resolve("districts.csv"), input.resolve("districts.csv"));
        Files.writeString(input.resolve("districts.csv"), "420101,示例区,150,1\r\n", StandardOpenOption.APPEND);
        for (Dataset dataset : Dataset.values()) {
            Path filled = input.resolve("420101_2024_" + dataset.alias() + ".csv");
            Files.copy(templates.resolve(ClerkTemplates.templateName(dataset)), filled);
            Files.writeString(filled, String.join(",", ClerkTemplates.exampleRow(dataset)) + "\r\n",
                    StandardOpenOption.APPEND);
        }

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // one filled-in template of every dataset of the contract
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'in_force'")).isEqualTo(Dataset.values().length);
        assertThat(count("SELECT COUNT(*) FROM problem")).isZero();
        assertThat(count("SELECT SUM(rows_accepted) FROM submission")).isEqualTo(Dataset.values().length);
        assertThat(lines(output.resolve("2024/validation-report.csv"))).hasSize(1);
    }

    @Test
    void xlsxTemplatesHaveDropDownsDateFormatsAndInstructionsAndFilledInTheyIngestWithZeroProblems() throws Exception {
        Path templates = workDir.resolve("templates");
        ClerkTemplates.write(templates);
        String instructions = Files.readString(templates.resolve("填报说明.html"));
        assertThat(instructions).as("tables fit the page").contains("table-layout:fixed").contains("overflow-wrap:anywhere");
        assertThat(instructions).as("the example is a table, not preformatted text")
                .contains("<table class=\"example\"><tr><th>会议编号</th>").doesNotContain("<pre>");

        Files.writeString(input.resolve("districts.csv"), "区划代码,名称,代表人数,排序\r\n420101,示例区,150,1\r\n");
        for (Dataset dataset : Dataset.values()) {
            Path template = templates.resolve(XlsxTemplate.name(dataset));
            List<String> aliases = ClerkTemplates.aliases(dataset.columns());
            assertThat(readBack(template)).as("the blank template: its header only")
                    .containsExactly(new SubmissionRecords.Record(1, aliases));
            Map<String, String> parts = parts(template);
            assertThat(parts.get("xl/workbook.xml")).containsSubsequence("name=\"填报\"", "name=\"填写说明\"",
                    "name=\"选项\"", "state=\"hidden\"");
            String sheet = parts.get("xl/worksheets/sheet1.xml");
            long lists = dataset.columns().stream()
                    .filter(c -> c.type() == ColumnType.ENUM || c.type() == ColumnType.BOOLEAN).count();
            assertThat(lists).isPositive();
            assertThat(sheet.split("<dataValidation ", -1)).as("a drop-down per enumeration and yes/no column")
                    .hasSize((int) lists + 1);
            assertThat(sheet).contains("type=\"list\"").contains("<formula1>'选项'!$A$1:$A$");
            for (int c = 0; c < dataset.columns().size(); c++) {
                if (dataset.columns().get(c).type() == ColumnType.DATE) {
                    assertThat(numberFormatOfColumn(parts, c)).as("date column %s", dataset.columns().get(c).name())
                            .isEqualTo("yyyy-mm-dd");
                }
            }
            assertThat(parts.get("xl/sharedStrings.xml")).as("the instructions and the example on the second sheet")
                    .contains("中文列名").contains(dataset.columns().get(0).exampleCell());

            Path filled = input.resolve("420101_2024_" + dataset.alias() + ".xlsx");
            XlsxTemplate.write(filled, dataset, List.of(ClerkTemplates.exampleRow(dataset)));
            List<SubmissionRecords.Record> records = readBack(filled);
            assertThat(records).hasSize(2);
            for (int c = 0; c < dataset.columns().size(); c++) {
                if (dataset.columns().get(c).type() == ColumnType.DATE && !records.get(1).cells().get(c).isEmpty()) {
                    assertThat(records.get(1).cells().get(c)).as("a date cell").matches("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(records.get(1).isPlainNumber(c)).isFalse();
                }
            }
        }

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM problem")).isZero();
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'in_force' AND encoding = 'xlsx'"))
                .isEqualTo(Dataset.values().length);
        assertThat(count("SELECT SUM(rows_accepted) FROM submission")).isEqualTo(Dataset.values().length);
        assertThat(lines(output.resolve("2024/validation-report.csv"))).hasSize(1);
    }

    /** The number format of the style a column of the first sheet carries, or null. */
    private static String numberFormatOfColumn(Map<String, String> parts, int column) {
        var col = java.util.regex.Pattern.compile("<col min=\"" + (column + 1) + "\" max=\"" + (column + 1)
                + "\"[^>]*style=\"(\\d+)\"").matcher(parts.get("xl/worksheets/sheet1.xml"));
        if (!col.find()) {
            return null;
        }
        String styles = parts.get("xl/styles.xml");
        String cellXfs = styles.substring(styles.indexOf("<cellXfs"));
        String[] xfs = cellXfs.split("<xf ");
        String numFmtId = xfs[Integer.parseInt(col.group(1)) + 1].replaceAll("(?s)^.*?numFmtId=\"(\\d+)\".*$", "$1");
        var format = java.util.regex.Pattern.compile("<numFmt numFmtId=\"" + numFmtId + "\" formatCode=\"([^\"]*)\"")
                .matcher(styles);
        return format.find() ? format.group(1) : null;
    }

    private static List<SubmissionRecords.Record> readBack(Path workbook) throws Exception {
        SubmissionFile file = SubmissionFile.inspect(workbook);
        assertThat(file.unreadable()).isEmpty();
        List<SubmissionRecords.Record> records = new ArrayList<>();
        try (SubmissionRecords r = file.records()) {
            r.forEachRemaining(records::add);
        }
        return records;
    }

    private static Map<String, String> parts(Path workbook) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                // the writer escapes every non-ASCII character as &#x…;
                parts.put(e.getName(), java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                        .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
            }
        }
        return parts;
    }
}
