package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionKey;

/**
 * A file of the input folder whose content must be read: its key, and the fingerprint the scan
 * found. {@code sameContentInForce} is the version in force with that very content, when the
 * file is planned only because the file its rows name may have changed (an appointments file
 * whose year's meetings file is new). {@code planOrder} is its place in the plan (null outside the
 * ingest, for {@code --validate}).
 */
public record PlannedFile(String path, SubmissionKey key, String sha256, Long sameContentInForce, Integer planOrder) {
}
