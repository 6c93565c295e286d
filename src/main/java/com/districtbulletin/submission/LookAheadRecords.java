package com.districtbulletin.submission;

import java.util.NoSuchElementException;

/**
 * Records read one ahead: a subclass says how to fetch the next non-blank record (CSV text or a
 * worksheet), this class answers {@link #hasNext()} and {@link #next()} from it.
 */
abstract class LookAheadRecords implements SubmissionRecords {

    private Record next;

    /** The next non-blank record, or null when there is none. */
    protected abstract Record fetch();

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = fetch();
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record r = next;
        next = null;
        return r;
    }
}
