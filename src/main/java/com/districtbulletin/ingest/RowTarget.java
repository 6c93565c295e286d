package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionKey;
import java.util.Set;

/**
 * What the rows of a file may name in another submission of their district and year (an
 * appointment's meeting): that submission's key, the version in force the ids come from
 * ({@code null} when it is read in this same step and not stored yet), and its ids; no ids
 * when the district-year has no such submission, so nothing is checked.
 */
record RowTarget(SubmissionKey key, Long versionId, Set<String> ids) {

    static final RowTarget NONE = new RowTarget(null, null, null);

    boolean newInThisStep() {
        return key != null && versionId == null;
    }
}
