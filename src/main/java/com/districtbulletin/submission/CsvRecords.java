package com.districtbulletin.submission;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text (RFC 4180, LF or CRLF), each with the physical line it starts on,
 * blank lines skipped. A line of only commas and white space counts as blank too: spreadsheets
 * leave such lines behind and nobody means them as data.
 *
 * <p>The text is read within the {@link ReadLimits}: past one, or when the file cannot be read on,
 * iterating throws a {@link SubmissionReadException} before the parser has buffered what is over it.
 */
public final class CsvRecords extends LookAheadRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesRead;

    public CsvRecords(Reader reader) {
        this(reader, new RecordLimits());
    }

    CsvRecords(Reader reader, RecordLimits limits) {
        try {
            this.parser = CSVParser.builder().setReader(new LimitedReader(reader, limits)).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw cannotRead(e);
        }
        this.records = parser.iterator();
    }

    @Override
    protected Record fetch() {
        try {
            return nextNonBlank();
        } catch (UncheckedIOException e) {
            throw cannotRead(e.getCause());
        }
    }

    /**
     * The text was decoded once already when the file was inspected: a character that no longer
     * decodes means that the file changed since.
     */
    private static SubmissionReadException cannotRead(IOException e) {
        if (e instanceof CharacterCodingException) {
            return SubmissionReadException.unreadable("changed", e);
        }
        return DecodedFile.cannotRead(e);
    }

    private Record nextNonBlank() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long start = linesRead + 1;
            linesRead = parser.getCurrentLineNumber();
            if (!isBlank(record)) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                return new Record((int) start, cells);
            }
        }
        return null;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }
}
