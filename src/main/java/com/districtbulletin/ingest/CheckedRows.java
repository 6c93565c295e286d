package com.districtbulletin.ingest;

import com.districtbulletin.submission.CsvRecords;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** The data rows of a submission file, read one at a time after its header and each checked. */
final class CheckedRows implements Iterator<CheckedRows.Checked>, AutoCloseable {

    private final CsvRecords records;
    private final RowChecker checker;

    CheckedRows(DecodedFile decoded, RowChecker checker) throws IOException {
        this.records = new CsvRecords(decoded.open());
        this.checker = checker;
        records.next(); // the header
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public Checked next() {
        CsvRecords.Record record = records.next();
        return new Checked(record.cells(), checker.check(record.cells(), record.line()));
    }

    @Override
    public void close() {
        records.close();
    }

    /** A row as the clerk wrote it, and what the check found. */
    record Checked(List<String> cells, RowChecker.Row row) {
    }
}
