package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionRecords;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** The data rows of a submission file, read one at a time after its header and each checked. */
final class CheckedRows implements Iterator<CheckedRows.Checked>, AutoCloseable {

    private final SubmissionRecords records;
    private final RowChecker checker;

    CheckedRows(SubmissionFile file, RowChecker checker) throws IOException {
        this.records = file.records();
        this.checker = checker;
        records.next(); // the header
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public Checked next() {
        SubmissionRecords.Record record = records.next();
        return new Checked(record.cells(), checker.check(record.cells(), record.plainNumbers(), record.line()));
    }

    @Override
    public void close() {
        records.close();
    }

    /** A row as the clerk wrote it, and what the check found. */
    record Checked(List<String> cells, RowChecker.Row row) {
    }
}
