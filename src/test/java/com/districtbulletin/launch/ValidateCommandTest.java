package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.support.ProductProcess;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --validate=PATH} in a fresh JVM started in an empty folder (data contract section 10): the
 * sample input's deliberately broken files print their problems as validation-report.csv rows
 * and exit 1; a clean file exits 0; no database file is created and nothing is stored.
 */
class ValidateCommandTest {

    private static final Path SAMPLE = Path.of("input").toAbsolutePath();

    @TempDir
    Path work;

    private Run validate(String... args) throws Exception {
        Path log = Files.createTempFile("validate", ".out");
        try {
            ProductProcess process = ProductProcess.startIn(work, log, List.of(), List.of(args),
                    Map.of("LC_ALL", "C.UTF-8"));
            int status = process.awaitExit();
            return new Run(status, process.log());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private record Run(int status, String out) {

        List<List<String>> rows() throws IOException {
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(out))
                    .setFormat(CSVFormat.RFC4180).get()) {
                List<List<String>> records = parser.getRecords().stream().map(CSVRecord::toList).toList();
                assertThat(records.get(0)).as(out).isEqualTo(ValidationReport.HEADER);
                return records.subList(1, records.size());
            }
        }
    }

    private List<Path> databaseFiles() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db")
                    || f.getFileName().toString().endsWith(".trace.db")).toList();
        }
    }

    @Test
    void theSamplesBrokenFilesArePrintedAndExitOneWithoutADatabase() throws Exception {
        Run run = validate("--validate=" + SAMPLE);

        assertThat(run.status()).as(run.out()).isEqualTo(1);
        List<List<String>> rows = run.rows();
        List<String> keys = rows.stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(4)).toList();
        assertThat(rows).as("the 24 rows input/README.md lists for 2024; 2023 is clean").hasSize(24);
        assertThat(keys).contains("2024/990107_2024_代表建议.csv|1|MISSING_COLUMN",
                "2024/990107_2024_备案审查.xls||FILE_TYPE",
                "2024/凤鸣县/990110_2024_履职评议.csv||NO_VALID_ROWS",
                "2024/凤鸣县/990110_2024_履职评议.csv|2|BAD_ENUM",
                "2024/990103_2024_appointments.csv|62|UNKNOWN_MEETING",
                "2024/990103_2024_deputy_activities.csv|42|UNKNOWN_STATION",
                "990102_2024_appointments.csv|88|DUPLICATE_ID",
                "2024/990105/990105_2024_inspections.csv|1|UNKNOWN_COLUMN");
        assertThat(rows).allSatisfy(r -> assertThat(r.get(7)).as("district code").startsWith("9901"));
        assertThat(rows).filteredOn(r -> r.get(7).equals("990107")).extracting(r -> r.get(8)).contains("白沙县");
        assertThat(databaseFiles()).isEmpty();
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("nothing is written where it runs").isEmpty();
        }
    }

    @Test
    void aCleanFileExitsZeroWithOnlyTheHeader() throws Exception {
        Run run = validate("--validate=" + SAMPLE.resolve("2024/990101_2024_meetings.csv"),
                "--bulletin.input=" + SAMPLE);

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.rows()).isEmpty();
        assertThat(databaseFiles()).isEmpty();
    }

    @Test
    void aWarningAloneStillExitsZero() throws Exception {
        Run run = validate("--validate=" + SAMPLE.resolve("2024/990105/990105_2024_inspections.csv"),
                "--bulletin.input=" + SAMPLE);

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.rows()).extracting(r -> r.get(4)).containsExactly("UNKNOWN_COLUMN");
    }

    @Test
    void crossFileChecksUseTheFilesUnderPathAndTheRegistryFallsBackToNone() throws Exception {
        Path folder = Files.createDirectories(work.resolve("drop"));
        Files.writeString(folder.resolve("990101_2024_meetings.csv"),
                "meeting_id,meeting_type,meeting_date\nHY-01,standing_committee,2024-03-05\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("990101_2024_appointments.csv"),
                "record_id,decision_date,action,organ,position,meeting_id\n"
                        + "RM-01,2024-03-05,appoint,government,副区长,HY-01\n"
                        + "RM-02,2024-03-05,appoint,government,副区长,HY-09\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("123456_2024_meetings.csv"),
                "meeting_id,meeting_type,meeting_date\nHY-01,standing_committee,2024-03-05\n", StandardCharsets.UTF_8);

        Run noRegistry = validate("--validate=drop", "--bulletin.input=nowhere");
        assertThat(noRegistry.rows()).as("no registry: UNKNOWN_DISTRICT is not checked")
                .extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(4))
                .containsExactly("990101_2024_appointments.csv|3|UNKNOWN_MEETING");
        assertThat(noRegistry.status()).isEqualTo(1);

        Run inputsRegistry = validate("--validate=drop", "--bulletin.input=" + SAMPLE);
        assertThat(inputsRegistry.rows()).extracting(r -> r.get(0) + "|" + r.get(4)).containsExactly(
                "123456_2024_meetings.csv|UNKNOWN_DISTRICT", "990101_2024_appointments.csv|UNKNOWN_MEETING");

        Files.writeString(folder.resolve("districts.csv"), "code,name,deputies,order\n123456,新区,100,1\n",
                StandardCharsets.UTF_8);
        Run ownRegistry = validate("--validate=drop", "--bulletin.input=" + SAMPLE);
        assertThat(ownRegistry.rows()).as("PATH's districts.csv wins over the input folder's")
                .extracting(r -> r.get(0) + "|" + r.get(4)).containsExactly(
                        "990101_2024_appointments.csv|UNKNOWN_DISTRICT", "990101_2024_meetings.csv|UNKNOWN_DISTRICT");
        assertThat(databaseFiles()).isEmpty();
    }

    @Test
    void aPathThatDoesNotExistIsRefused() throws Exception {
        Run run = validate("--validate=missing");
        assertThat(run.status()).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(run.out()).contains("不存在", "--validate");
    }
}
