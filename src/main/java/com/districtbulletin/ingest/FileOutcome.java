package com.districtbulletin.ingest;

/** What ingesting one file came to. */
public record FileOutcome(String path, Kind kind, Long submissionId, String sha256, int rowsAccepted,
                          int rowsRejected) {

    public enum Kind {
        /** New content, now in force (possibly with rejected rows). */
        ACCEPTED,
        /** The content in force already: nothing read. */
        UNCHANGED,
        /** Rejected whole for its content (now, or already in an earlier run: then nothing read). */
        REJECTED
    }
}
