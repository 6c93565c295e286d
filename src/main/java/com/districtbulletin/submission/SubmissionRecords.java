package com.districtbulletin.submission;

import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * The non-blank records of a submission, CSV or workbook, first the header then the data rows,
 * each with the line a clerk sees it on. Read once, front to back, holding one record at a time.
 */
public interface SubmissionRecords extends Iterator<SubmissionRecords.Record>, AutoCloseable {

    @Override
    void close();

    /**
     * One record: its line (1-based: the physical line of a CSV text, the worksheet row of a
     * workbook), its cells as text, and which cells were plain numbers in a workbook (a number
     * without a date format, which a date column must not take for a date).
     */
    record Record(int line, List<String> cells, BitSet plainNumbers) {

        private static final BitSet NONE = new BitSet(0);

        public Record(int line, List<String> cells) {
            this(line, cells, NONE);
        }

        public boolean isPlainNumber(int position) {
            return plainNumbers.get(position);
        }
    }
}
