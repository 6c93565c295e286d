package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.validation.Problem;

/**
 * A file found in the input folder, with what its name says: its key, or the problem that
 * rejects it by name alone (FILE_TYPE, FILE_NAME, UNKNOWN_DISTRICT, CONFLICTING_FILES).
 */
public record ScannedFile(String path, SubmissionKey key, Integer year, Problem nameProblem) {

    public boolean acceptedByName() {
        return nameProblem == null;
    }
}
