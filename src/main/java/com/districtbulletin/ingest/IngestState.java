package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.submission.SubmissionKey;
import java.util.Map;
import java.util.Set;

/**
 * What the database knows that decides whether a file must be read: the submission in force
 * for each key and the contents already rejected whole. Loaded once per run and kept up to date
 * as files are ingested.
 */
public final class IngestState {

    private final Map<SubmissionKey, StoredSubmission> inForce;
    private final Set<String> rejectedContents;

    public IngestState(Map<SubmissionKey, StoredSubmission> inForce, Set<String> rejectedContents) {
        this.inForce = inForce;
        this.rejectedContents = rejectedContents;
    }

    public StoredSubmission inForce(SubmissionKey key) {
        return inForce.get(key);
    }

    /** The meetings submission in force for the district-year of {@code key}, or null. */
    public Long meetingsInForce(SubmissionKey key) {
        StoredSubmission meetings = inForce.get(new SubmissionKey(key.districtCode(), key.year(), Dataset.MEETINGS));
        return meetings == null ? null : meetings.id();
    }

    public boolean alreadyRejected(String path, String sha256) {
        return rejectedContents.contains(path + " " + sha256);
    }

    void putInForce(StoredSubmission submission) {
        inForce.put(submission.key(), submission);
    }

    void addRejected(String path, String sha256) {
        rejectedContents.add(path + " " + sha256);
    }
}
