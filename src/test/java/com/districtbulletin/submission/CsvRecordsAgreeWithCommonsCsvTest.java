package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRecords} splits records itself, for speed; it must split them exactly as Apache
 * Commons CSV's RFC 4180 parser with trailing data and a lenient end of file (what the product
 * used before), line numbers included, and stop at a limit exactly where the inspection of a
 * file, which counts the limits with the same splitter keeping no cell, stops. Compared on every short text over the characters that
 * matter to the grammar, and on random longer ones.
 */
class CsvRecordsAgreeWithCommonsCsvTest {

    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();
    private static final char[] ALPHABET = {'a', ',', '"', '\r', '\n', ' ', '中'};

    @Test
    void everyTextOfUpToFiveGrammarCharactersSplitsAsCommonsCsvSplitsIt() throws IOException {
        for (int length = 0; length <= 5; length++) {
            int combinations = (int) Math.pow(ALPHABET.length, length);
            for (int n = 0; n < combinations; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, rest = n; i < length; i++, rest /= ALPHABET.length) {
                    text.append(ALPHABET[rest % ALPHABET.length]);
                }
                assertSameRecords(text.toString());
            }
        }
    }

    @Test
    void randomLongerTextsSplitAsCommonsCsvSplitsThem() throws IOException {
        Random random = new Random(20241129);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            assertSameRecords(text.toString());
        }
    }

    @Test
    void aTextLongerThanTheReadBufferSplitsAsCommonsCsvSplitsIt() throws IOException {
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(i % 7 == 0 ? ",\"多行\r\n\"\"引号\"\"\"\r\n" : ",普通\n");
        }
        assertSameRecords(text.toString());
    }

    @Test
    void theLimitsStopTheReadingWhereTheyStopTheInspection() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            assertThat(limitPassedReading(text.toString())).as("limit passed in %s", escaped(text.toString()))
                    .isEqualTo(limitPassedInspecting(text.toString()));
        }
    }

    private static final int[] SMALL_LIMITS = {3, 4, 7, 3};

    private static String limitPassedReading(String text) {
        RecordLimits limits = new RecordLimits(SMALL_LIMITS[0], SMALL_LIMITS[1], SMALL_LIMITS[2], SMALL_LIMITS[3]);
        try (CsvRecords csv = new CsvRecords(new StringReader(text), limits)) {
            csv.forEachRemaining(r -> { });
            return null;
        } catch (SubmissionReadException e) {
            return e.detail();
        }
    }

    private static String limitPassedInspecting(String text) {
        RecordLimits limits = new RecordLimits(SMALL_LIMITS[0], SMALL_LIMITS[1], SMALL_LIMITS[2], SMALL_LIMITS[3]);
        try {
            CsvRecords.countLimits(new StringReader(text), limits);
            return null;
        } catch (SubmissionReadException e) {
            return e.detail();
        }
    }

    private static void assertSameRecords(String text) throws IOException {
        assertThat(ours(text)).as("records of %s", escaped(text)).isEqualTo(commons(text));
    }

    private static List<String> ours(String text) {
        List<String> records = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(new StringReader(text))) {
            csv.forEachRemaining(r -> records.add(r.line() + " " + r.cells()));
        }
        return records;
    }

    /** The product's reading before: Commons CSV, blank records skipped, each record's first line. */
    private static List<String> commons(String text) throws IOException {
        List<String> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(COMMONS).get()) {
            long linesRead = 0;
            for (CSVRecord record : parser) {
                long start = linesRead + 1;
                linesRead = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    records.add(start + " " + cells);
                }
            }
        }
        return records;
    }

    private static String escaped(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
