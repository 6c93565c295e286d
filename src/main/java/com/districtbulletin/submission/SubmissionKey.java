package com.districtbulletin.submission;

import com.districtbulletin.dataset.Dataset;

/** The triple that identifies a submission: a district's dataset for one year. */
public record SubmissionKey(String districtCode, int year, Dataset dataset) {

    @Override
    public String toString() {
        return districtCode + "_" + year + "_" + dataset.fileName();
    }
}
