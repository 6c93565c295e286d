package com.districtbulletin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Base of the tests that drop files into the input folder, run the real job and read back what
 * it stored and wrote. Every test starts with a small registry of two districts, 420115 江夏区 and
 * 420102 江岸区; a test that needs another registry overwrites {@code districts.csv}.
 */
public abstract class IngestTestBase extends BulletinTestBase {

    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static final String REGISTRY = """
            code,name,deputies,order
            420115,江夏区,300,1
            420102,江岸区,250,2
            """;

    /** Headers and one valid row of each dataset, canonical English names, as the contract lists the columns. */
    public static final String MEETINGS_HEADER =
            "meeting_id,meeting_type,meeting_date,reports_heard,resolutions,opinions_issued,deputies_attending,topics";
    public static final String MEETING_ROW = "HY-01,standing_committee,2024-03-05,2,1,1,5,预算调整";
    public static final String INSPECTIONS_HEADER = "activity_id,activity_type,subject,start_date,end_date,"
            + "deputies_participating,issues_raised,issues_rectified";
    public static final String INSPECTION_ROW = "JC-01,law_enforcement_inspection,《安全生产法》实施情况,2024-04-01,"
            + "2024-04-10,12,10,8";
    public static final String APPOINTMENTS_HEADER =
            "record_id,decision_date,action,organ,position,person_name,meeting_id,law_exam,oath";
    public static final String APPOINTMENT_ROW = "RM-01,2024-03-05,appoint,government,副区长,张三,HY-01,Y,Y";
    public static final String SUGGESTIONS_HEADER = "suggestion_id,kind,submitted_date,field,handling_unit,"
            + "key_supervised,status,outcome,satisfaction,closed_date";
    public static final String SUGGESTION_ROW = "JY-01,suggestion,2024-01-10,economy,区发改局,N,closed,A,satisfied,2024-05-01";

    @BeforeEach
    void writeRegistry() throws IOException {
        write("districts.csv", REGISTRY);
    }

    /** Writes a UTF-8 file (no BOM) under the input folder; lines are joined with LF. */
    protected Path write(String relative, String text) throws IOException {
        return write(relative, text, StandardCharsets.UTF_8);
    }

    protected Path write(String relative, String text, Charset charset) throws IOException {
        return writeBytes(relative, text.getBytes(charset));
    }

    protected Path writeBytes(String relative, byte[] bytes) throws IOException {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    /**
     * {@code row} (cells of {@code header}, no quoted commas) with some cells replaced: pairs of
     * column name and new cell, written as is (so a cell may be quoted).
     */
    protected static String with(String header, String row, String... columnAndCell) {
        List<String> names = List.of(header.split(",", -1));
        String[] cells = row.split(",", -1);
        assertThat(cells).as("cells of %s", row).hasSize(names.size());
        for (int i = 0; i < columnAndCell.length; i += 2) {
            int at = names.indexOf(columnAndCell[i]);
            assertThat(at).as("column %s", columnAndCell[i]).isNotNegative();
            cells[at] = columnAndCell[i + 1];
        }
        return String.join(",", cells);
    }

    /** Lines joined with LF and ended by one. */
    /** 江夏区 (420115)'s meetings file of 2024: a meeting row per id, on {@code topic}. */
    protected void jiangxiaMeetings(String topic, String... ids) throws IOException {
        String[] rows = new String[ids.length + 1];
        rows[0] = MEETINGS_HEADER;
        for (int i = 0; i < ids.length; i++) {
            rows[i + 1] = MEETING_ROW.replace("HY-01", ids[i]).replace("预算调整", topic);
        }
        write("420115_2024_meetings.csv", lines(rows));
    }

    protected static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    protected static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** Runs the job and expects it to complete. */
    protected JobExecution run(int year) throws Exception {
        JobExecution execution = runJob(year);
        assertThat(execution.getStatus()).as("job status; failures: %s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    protected Path reportFile(int year) {
        return output.resolve(Integer.toString(year)).resolve("validation-report.csv");
    }

    /** The rows of {@code output/<year>/validation-report.csv}, header excluded. */
    protected List<ReportRow> report(int year) throws IOException {
        byte[] bytes = Files.readAllBytes(reportFile(year));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("the report starts with a UTF-8 BOM").startsWith("\uFEFF");
        List<ReportRow> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text.substring(1));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).toList()).containsExactly("file", "line", "column", "value", "code", "message",
                    "severity", "district_code", "district_name");
            for (CSVRecord r : records.subList(1, records.size())) {
                assertThat(r.size()).as("cells in report line %s", r.getRecordNumber()).isEqualTo(9);
                rows.add(new ReportRow(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
                        r.get(8)));
            }
        }
        return rows;
    }

    /** The report rows of one file. */
    protected List<ReportRow> report(int year, String file) throws IOException {
        return report(year).stream().filter(r -> r.file().equals(file)).toList();
    }

    /** The report rows of one file as line|column|value|code, in report order. */
    protected List<String> problems(int year, String file) throws IOException {
        return report(year, file).stream()
                .map(r -> String.join("|", r.line(), r.column(), r.value(), r.code())).toList();
    }

    /** The state of every stored version of the file at {@code path}, oldest first. */
    protected List<String> states(String path) {
        return jdbc.queryForList("SELECT state FROM submission WHERE file_path = ? ORDER BY id", String.class, path);
    }

    /** The id of the submission in force for a key. */
    protected Long inForce(String district, int year, String dataset) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM submission WHERE district_code = ? AND report_year = ?"
                + " AND dataset = ? AND state = 'in_force'", Long.class, district, year, dataset);
        assertThat(ids).as("submissions in force for %s_%s_%s", district, year, dataset).hasSizeLessThanOrEqualTo(1);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** One row of the validation report. */
    public record ReportRow(String file, String line, String column, String value, String code, String message,
                            String severity, String districtCode, String districtName) {

        /** Everything but the message: file|line|column|value|code. */
        public String key() {
            return String.join("|", file, line, column, value, code);
        }

        @Override
        public String toString() {
            return key() + " — " + message;
        }
    }
}
