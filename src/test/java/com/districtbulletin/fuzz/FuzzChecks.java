package com.districtbulletin.fuzz;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.support.FolderSnapshot;
import com.districtbulletin.validation.Echo;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold after a run on fuzzed input (issue 14): every file accounted for in the store,
 * and the year's rejected ones in the report; accepted and rejected rows adding up to the records
 * an independent parse finds; {@code input/} unchanged; no formula cell left live in any CSV
 * written; no person name written in an appointments or reviews file (stored or not) in any
 * output — CSV, PDF text, workbook cells, any other file, or the run's log; no cell quoted in the
 * report or a problems file longer than {@link Echo} allows (issue 19). Returns the violations,
 * each a line.
 */
public final class FuzzChecks {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A value cut as {@link Echo} cuts it. */
    private static final Pattern CUT = Pattern.compile("[^\\r\\n]{0," + Echo.CHARS + "}…（共[0-9]+字）");

    private FuzzChecks() {
    }

    public static List<String> violations(List<String> files, FolderSnapshot inputBefore, Path input, Path output,
                                          JdbcTemplate jdbc, String log) {
        List<String> violations = new ArrayList<>();
        if (!FolderSnapshot.of(input).equals(inputBefore)) {
            violations.add("input/ changed during the run");
        }
        accounted(files, output, jdbc, violations);
        rowsAddUp(input, jdbc, violations);
        outputs(output, violations);
        for (String person : SubmissionFuzzer.PERSON_NAMES) {
            if (log.contains(person)) {
                violations.add("the log names " + person);
            }
        }
        return violations;
    }

    private static void accounted(List<String> files, Path output, JdbcTemplate jdbc, List<String> violations) {
        Map<String, Map<String, Object>> snapshot = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM input_file")) {
            snapshot.put((String) row.get("file_path"), row);
        }
        Set<String> reported = new HashSet<>();
        for (List<String> row : csv(output.resolve(SubmissionFuzzer.YEAR + "/validation-report.csv"))) {
            reported.add(row.get(0));
        }
        for (String file : files) {
            Map<String, Object> row = snapshot.get(file);
            if (row == null) {
                violations.add("not in the store: " + file);
                continue;
            }
            Object code = row.get("code");
            Object submission = row.get("submission_id");
            if (code == null && submission == null) {
                violations.add("neither a submission nor a problem: " + file);
            }
            String state = submission == null ? null : jdbc.queryForObject(
                    "SELECT state FROM submission WHERE id = ?", String.class, ((Number) submission).longValue());
            Object year = row.get("report_year");
            boolean ofTheYear = year != null && ((Number) year).intValue() == SubmissionFuzzer.YEAR;
            if (ofTheYear && (code != null || "rejected".equals(state)) && !reported.contains(file)) {
                violations.add("rejected but not in the report: " + file);
            }
        }
    }

    /** Accepted + rejected rows of every version read = the records after the header, parsed independently. */
    private static void rowsAddUp(Path input, JdbcTemplate jdbc, List<String> violations) {
        for (Map<String, Object> s : jdbc.queryForList("SELECT id, file_path, dataset, rows_accepted, rows_rejected"
                + " FROM submission WHERE state <> 'rejected'")) {
            long id = ((Number) s.get("id")).longValue();
            String path = (String) s.get("file_path");
            long accepted = ((Number) s.get("rows_accepted")).longValue();
            long rejected = ((Number) s.get("rows_rejected")).longValue();
            String table = Dataset.named((String) s.get("dataset")).orElseThrow().table();
            long stored = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE submission_id = ?",
                    Long.class, id);
            if (stored != accepted) {
                violations.add(path + ": " + stored + " rows stored, " + accepted + " counted as accepted");
            }
            long rejectedStored = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE submission_id = ?",
                    Long.class, id);
            if (rejectedStored != rejected) {
                violations.add(path + ": " + rejectedStored + " rejected rows stored, " + rejected + " counted");
            }
            Long records = dataRecords(input.resolve(path));
            if (records == null || records != accepted + rejected) {
                violations.add(path + ": " + records + " data records parsed, " + accepted + " accepted + "
                        + rejected + " rejected");
            }
        }
    }

    /** Non-blank records after the first, as section 2 reads them; null when the text decodes as neither. */
    static Long dataRecords(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                text = strict(StandardCharsets.UTF_8, bytes);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            } catch (CharacterCodingException e) {
                text = strict(GB18030, bytes);
            }
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long records = 0;
        for (List<String> record : parse(new StringReader(text))) {
            if (!record.stream().allMatch(String::isBlank)) {
                records++;
            }
        }
        return Math.max(0, records - 1);
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static void outputs(Path output, List<String> violations) {
        List<Path> written;
        try (Stream<Path> walk = Files.walk(output)) {
            written = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : written) {
            String name = file.getFileName().toString();
            String text;
            try {
                if (name.endsWith(".csv")) {
                    List<List<String>> rows = csv(file);
                    if (name.equals("validation-report.csv") || name.startsWith("problems-")) {
                        quotedCells(output.relativize(file), rows, violations);
                    }
                    for (List<String> row : rows) {
                        for (String cell : row) {
                            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                                    && !NUMBER.matcher(cell).matches()) {
                                violations.add(output.relativize(file) + ": live formula cell " + cell);
                            }
                        }
                    }
                    text = Files.readString(file);
                } else if (name.endsWith(".xlsx")) {
                    text = workbookText(file);
                } else if (name.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        text = new PDFTextStripper().getText(pdf);
                    }
                } else {
                    text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String person : SubmissionFuzzer.PERSON_NAMES) {
                if (text.contains(person)) {
                    violations.add(output.relativize(file) + " names " + person);
                }
            }
        }
    }

    /** The value column (the fourth) of the report or a problems file: cut as {@link Echo} says. */
    private static void quotedCells(Path file, List<List<String>> rows, List<String> violations) {
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String value = row.size() > 3 ? row.get(3) : "";
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1); // the apostrophe that neutralises a formula-like cell
            }
            boolean shortEnough = value.length() <= Echo.CHARS && value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
            if (!shortEnough && !CUT.matcher(value).matches()) {
                violations.add(file + ": a value of " + value.length() + " characters: "
                        + value.substring(0, Math.min(80, value.length())));
            }
        }
    }

    /** Every cell of every sheet, one a line. */
    private static String workbookText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(cell -> {
                        if (cell != null) {
                            text.append(cell.getRawValue()).append('\n').append(cell.getText()).append('\n');
                        }
                    }));
                }
            }
        }
        return text.toString();
    }

    private static List<List<String>> csv(Path file) {
        try {
            String text = Files.readString(file);
            return parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> parse(Reader reader) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true)
                .setLenientEof(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
