package com.districtbulletin.storage;

/** Where a submission's accepted rows go, in the dataset's column order, one at a time. */
public interface RowSink extends AutoCloseable {

    void add(long submissionId, int line, Object[] values);

    /** Sends everything added so far; rows are visible to the same transaction afterwards. */
    @Override
    void close();
}
