package com.districtbulletin.ingest;

import java.io.IOException;

/** Checked rows as the writer stores them, front to back: kept by the check, or checked as they are read. */
interface KeptRows extends AutoCloseable {

    boolean hasNext();

    CheckedRowsSpill.SpilledRow next() throws IOException;

    @Override
    void close() throws IOException;
}
