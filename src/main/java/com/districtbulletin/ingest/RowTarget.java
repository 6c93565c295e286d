package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Reference;
import com.districtbulletin.submission.SubmissionKey;
import java.util.Map;
import java.util.Set;

/**
 * What the rows of a file may name in another submission of their district and year, as its
 * dataset's reference declares (an appointment's meeting, an activity's station): that
 * submission's key, the version in force the ids come from ({@code null} when it is read in this
 * same step and not stored yet), and its ids; no ids when the district-year has no such
 * submission, so nothing is checked.
 */
record RowTarget(Reference reference, SubmissionKey key, Long versionId, Set<String> ids) {

    static final RowTarget NONE = new RowTarget(null, null, null, null);

    boolean newInThisStep() {
        return key != null && versionId == null;
    }

    /** The ids the row checker compares the referring column with. */
    Map<Reference, Set<String>> knownIds() {
        return ids == null ? Map.of() : Map.of(reference, ids);
    }
}
