package com.districtbulletin.ingest;

/** Running counts of an ingest, for the progress log and the run summary. */
public final class IngestTotals {

    private int filesAccepted;
    private int filesUnchanged;
    private int filesRejected;
    private long rowsAccepted;
    private long rowsRejected;

    public void add(FileOutcome outcome) {
        switch (outcome.kind()) {
            case ACCEPTED -> filesAccepted++;
            case UNCHANGED -> filesUnchanged++;
            case REJECTED, UNREADABLE -> filesRejected++;
        }
        rowsAccepted += outcome.rowsAccepted();
        rowsRejected += outcome.rowsRejected();
    }

    public void addRejectedByName(int files) {
        filesRejected += files;
    }

    public int filesAccepted() {
        return filesAccepted;
    }

    public int filesUnchanged() {
        return filesUnchanged;
    }

    public int filesRejected() {
        return filesRejected;
    }

    public long rowsAccepted() {
        return rowsAccepted;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    public long rowsRead() {
        return rowsAccepted + rowsRejected;
    }

    @Override
    public String toString() {
        return "files accepted " + filesAccepted + ", unchanged " + filesUnchanged + ", rejected " + filesRejected
                + "; rows accepted " + rowsAccepted + ", rejected " + rowsRejected;
    }
}
