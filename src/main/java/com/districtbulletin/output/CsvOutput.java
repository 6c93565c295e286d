package com.districtbulletin.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the product writes: UTF-8 with BOM (so Excel on Chinese Windows opens them
 * right), CRLF, written atomically, and with every cell that a spreadsheet would run as a
 * formula neutralised by a leading apostrophe. Plain numbers such as {@code -40} or {@code -0.3}
 * are left as they are.
 */
public final class CsvOutput {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvOutput() {
    }

    public static void write(Path file, List<String> header, Iterable<List<?>> rows) throws IOException {
        AtomicFile.write(file, out -> write(out, header, rows));
    }

    /** The exact bytes {@link #write(Path, List, Iterable)} puts in the file. */
    public static byte[] bytes(List<String> header, Iterable<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(OutputStream out, List<String> header, Iterable<List<?>> rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        print(writer, header, rows);
    }

    /** The same rows as {@link #write(Path, List, Iterable)}, without the byte order mark (for standard output). */
    public static void print(Appendable writer, List<String> header, Iterable<List<?>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        for (List<?> row : rows) {
            for (Object cell : row) {
                printer.print(neutralise(cell == null ? "" : cell.toString()));
            }
            printer.println();
        }
        printer.flush();
    }

    /** A cell as a spreadsheet will show it but never evaluate it. */
    public static String neutralise(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}
