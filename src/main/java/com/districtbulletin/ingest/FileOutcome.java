package com.districtbulletin.ingest;

import com.districtbulletin.validation.Problem;

/**
 * What ingesting one file came to; {@code problem} is set for a file that could not be read
 * (UNREADABLE_FILE), which is stored nowhere but in the snapshot of the input folder.
 */
public record FileOutcome(String path, Kind kind, Long submissionId, String sha256, int rowsAccepted,
                          int rowsRejected, Problem problem) {

    public FileOutcome(String path, Kind kind, Long submissionId, String sha256, int rowsAccepted, int rowsRejected) {
        this(path, kind, submissionId, sha256, rowsAccepted, rowsRejected, null);
    }

    /** A file the operating system would not let be read to its end, or that changed meanwhile. */
    public static FileOutcome unreadable(String path, Problem problem) {
        return new FileOutcome(path, Kind.UNREADABLE, null, null, 0, 0, problem);
    }

    public enum Kind {
        /** New content, now in force (possibly with rejected rows). */
        ACCEPTED,
        /** The content in force already: nothing read. */
        UNCHANGED,
        /** Rejected whole for its content (now, or already in an earlier run: then nothing read). */
        REJECTED,
        /** Could not be read this time (UNREADABLE_FILE): nothing stored, the next run tries again. */
        UNREADABLE
    }
}
