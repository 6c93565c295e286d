package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records of a CSV text (data contract sections 2 and 3): RFC 4180 quoting, LF or CRLF, blank
 * lines skipped, and each record's physical start line.
 */
class CsvRecordsTest {

    @Test
    void lfLineEnds() {
        assertThat(read("a,b\n1,2\n3,4\n")).containsExactly(
                new CsvRecords.Record(1, List.of("a", "b")),
                new CsvRecords.Record(2, List.of("1", "2")),
                new CsvRecords.Record(3, List.of("3", "4")));
    }

    @Test
    void crlfLineEndsAndNoFinalLineEnd() {
        assertThat(read("a,b\r\n1,2\r\n3,4")).containsExactly(
                new CsvRecords.Record(1, List.of("a", "b")),
                new CsvRecords.Record(2, List.of("1", "2")),
                new CsvRecords.Record(3, List.of("3", "4")));
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        assertThat(read("\n\na,b\n\n1,2\r\n\r\n   \n3,4\n\n")).containsExactly(
                new CsvRecords.Record(3, List.of("a", "b")),
                new CsvRecords.Record(5, List.of("1", "2")),
                new CsvRecords.Record(8, List.of("3", "4")));
    }

    @Test
    void aLineOfNothingButCommasAndWhiteSpaceIsBlankToo() {
        // what spreadsheets leave below the data; nobody means it as a row
        assertThat(read("a,b,c\n1,2,3\n,,\n , \u3000 ,\n\"\",,\n4,5,6\n")).containsExactly(
                new CsvRecords.Record(1, List.of("a", "b", "c")),
                new CsvRecords.Record(2, List.of("1", "2", "3")),
                new CsvRecords.Record(6, List.of("4", "5", "6")));
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksAndTheNextRecordStartsOnItsPhysicalLine() {
        String text = "id,topics,n\n"
                + "1,\"预算,决算\",2\n"                     // line 2
                + "2,\"第一项\n第二项\n第三项\",3\n"          // lines 3-5
                + "3,\"他说\"\"好\"\"\",4\r\n"               // line 6
                + "4,\"甲\r\n乙\",5\r\n"                     // lines 7-8
                + "5,x,6\n";                                 // line 9
        assertThat(read(text)).containsExactly(
                new CsvRecords.Record(1, List.of("id", "topics", "n")),
                new CsvRecords.Record(2, List.of("1", "预算,决算", "2")),
                new CsvRecords.Record(3, List.of("2", "第一项\n第二项\n第三项", "3")),
                new CsvRecords.Record(6, List.of("3", "他说\"好\"", "4")),
                new CsvRecords.Record(7, List.of("4", "甲\r\n乙", "5")),
                new CsvRecords.Record(9, List.of("5", "x", "6")));
    }

    @Test
    void aQuotedCellThatIsOnlyLineBreaksIsNotABlankLine() {
        assertThat(read("a,b\n\"\n\n\",2\n3,4\n")).containsExactly(
                new CsvRecords.Record(1, List.of("a", "b")),
                new CsvRecords.Record(2, List.of("\n\n", "2")),
                new CsvRecords.Record(5, List.of("3", "4")));
    }

    @Test
    void cellsAreReturnedAsWrittenAndRecordsMayDifferInWidth() {
        assertThat(read("a,b,c\n 1 ,\u30002\u3000\n4,5,6,7\n")).containsExactly(
                new CsvRecords.Record(1, List.of("a", "b", "c")),
                new CsvRecords.Record(2, List.of(" 1 ", "\u30002\u3000")),
                new CsvRecords.Record(3, List.of("4", "5", "6", "7")));
    }

    @Test
    void nothingButBlankLinesHasNoRecords() {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\r\n  \n")).isEmpty();
    }

    private static List<CsvRecords.Record> read(String text) {
        List<CsvRecords.Record> records = new ArrayList<>();
        try (CsvRecords r = new CsvRecords(new StringReader(text))) {
            r.forEachRemaining(records::add);
        }
        return records;
    }
}
