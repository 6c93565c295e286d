package com.districtbulletin.storage;

import com.districtbulletin.submission.SubmissionKey;

/** A submission version as the database keeps it. */
public record StoredSubmission(long id, SubmissionKey key, String filePath, String sha256, String state,
                               Long meetingsSubmissionId) {

    public static final String IN_FORCE = "in_force";
    public static final String SUPERSEDED = "superseded";
    public static final String REJECTED = "rejected";
    /** Stored for a closed year: goes in force when the year's next revision is published. */
    public static final String PENDING = "pending";
}
