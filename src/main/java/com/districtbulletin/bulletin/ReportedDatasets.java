package com.districtbulletin.bulletin;

import com.districtbulletin.dataset.Dataset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The datasets the bulletin has a section for: those some district has in force this year or last
 * year (contract 9.1), among those it has section plans for. A dataset no district has is left
 * out, and 说明 says so in one sentence.
 */
final class ReportedDatasets {

    private ReportedDatasets() {
    }

    static List<Dataset> of(BulletinData data) {
        Set<Dataset> reported = EnumSet.noneOf(Dataset.class);
        for (SubmissionInForce s : data.submissions()) {
            reported.add(s.dataset());
        }
        List<Dataset> result = new ArrayList<>();
        for (Dataset d : SectionPlans.DATASETS) {
            if (reported.contains(d)) {
                result.add(d);
            }
        }
        return result;
    }

    /** The datasets no district has in force this year or last year, in the contract's order. */
    static List<Dataset> leftOut(BulletinData data) {
        Set<Dataset> shown = EnumSet.noneOf(Dataset.class);
        for (SubmissionInForce s : data.submissions()) {
            shown.add(s.dataset());
        }
        List<Dataset> result = new ArrayList<>();
        for (Dataset d : Dataset.values()) {
            if (!shown.contains(d)) {
                result.add(d);
            }
        }
        return result;
    }
}
