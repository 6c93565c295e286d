package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.dataset.Reference;
import com.districtbulletin.submission.SubmissionKey;
import java.util.Arrays;

/** The datasets' declared references, as the ingest follows them: one per referring dataset. */
final class References {

    static {
        for (Dataset dataset : Dataset.values()) {
            if (dataset.references().size() > 1) {
                throw new IllegalStateException("Dataset " + dataset.fileName()
                        + " declares several references; the ingest follows one per dataset");
            }
        }
    }

    private References() {
    }

    /** The dataset's reference to another dataset's rows, or null when it has none. */
    static Reference of(Dataset dataset) {
        return dataset.references().isEmpty() ? null : dataset.references().get(0);
    }

    /** The submission of the same district and year whose rows {@code reference} names. */
    static SubmissionKey targetKey(SubmissionKey key, Reference reference) {
        return new SubmissionKey(key.districtCode(), key.year(), reference.targetDataset());
    }

    /** Whether rows of another dataset may name this dataset's rows. */
    static boolean isNamed(Dataset dataset) {
        return Arrays.stream(Dataset.values())
                .anyMatch(d -> d.references().stream().anyMatch(r -> r.targetDataset() == dataset));
    }
}
