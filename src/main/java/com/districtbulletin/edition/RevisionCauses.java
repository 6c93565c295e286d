package com.districtbulletin.edition;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore.Version;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed a revised figure (contract section 9, {@code cause}): the submission files whose
 * new versions went into force — for a district's figure that district's files of the metric's
 * dataset, for the municipality's every file of that dataset — and {@code districts.csv} when the
 * registry changed. A file rejected whole since the last final edition counts for a key that has
 * no version in force (it turns 未报送 into 未通过审核).
 */
final class RevisionCauses {

    static final String REGISTRY = "districts.csv";

    private final List<Version> changed;
    private final boolean registryChanged;

    /**
     * @param storedForRevision the year's versions stored between the previous final edition and this revision
     * @param keysInForce       the year's keys with a version in force now, as "district|dataset"
     */
    RevisionCauses(List<Version> storedForRevision, Set<String> keysInForce, boolean registryChanged) {
        this.changed = storedForRevision.stream()
                .filter(v -> v.state().equals(StoredSubmission.IN_FORCE)
                        || v.state().equals(StoredSubmission.REJECTED)
                        && !keysInForce.contains(v.districtCode() + "|" + v.dataset().fileName()))
                .toList();
        this.registryChanged = registryChanged;
    }

    /** The cause of a change of {@code figure}'s district (or the municipality) in its metric's dataset. */
    String of(String districtCode, Dataset dataset) {
        Set<String> files = new TreeSet<>();
        for (Version v : changed) {
            if (v.dataset() == dataset && (Statistic.ALL.equals(districtCode) || v.districtCode().equals(districtCode))) {
                files.add(v.filePath());
            }
        }
        if (registryChanged) {
            files.add(REGISTRY);
        }
        return String.join("; ", files);
    }
}
