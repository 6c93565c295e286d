package com.districtbulletin.bulletin.data;

import com.districtbulletin.dataset.Dataset;

/**
 * A submission in force, as the bulletin's data-quality annex and provenance show it.
 *
 * @param filePath     relative to {@code input/}
 * @param rowsRejected rows left out of the statistics (they make the figures partial)
 * @param warnings     problems that rejected nothing
 */
public record SubmissionInForce(String districtCode, int year, Dataset dataset, String filePath, String sha256,
                                int rowsAccepted, int rowsRejected, int warnings) {

    public boolean isPartial() {
        return rowsRejected > 0;
    }
}
