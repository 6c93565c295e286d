package com.districtbulletin.storage;

/** Where rows go in bulk, one at a time: a submission's accepted rows, or any table's rows. */
public interface RowSink extends AutoCloseable {

    /** A dataset's row: its submission and line, then the values in the dataset's column order. */
    void add(long submissionId, int line, Object[] values);

    /** A row given as the values of the sink's columns, in order. */
    void add(Object[] values);

    /** Sends everything added so far; rows are visible to the same transaction afterwards. */
    @Override
    void close();

    /**
     * After a failure: drops what was not sent yet and ends the load, so that the transaction can
     * be rolled back to a savepoint. Never throws.
     */
    void abandon();
}
