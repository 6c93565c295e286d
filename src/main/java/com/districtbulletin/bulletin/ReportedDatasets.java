package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.SubmissionInForce;

import com.districtbulletin.dataset.Dataset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The datasets the bulletin has a section for: those some district has in force this year or last
 * year (contract 9.1), in the order of the {@link SectionPlans}. A dataset no district has is left
 * out, a section whose datasets are all left out has no place at all, and 说明 says so in one
 * sentence.
 */
final class ReportedDatasets {

    private ReportedDatasets() {
    }

    static List<Dataset> of(BulletinData data) {
        Set<Dataset> reported = reported(data);
        return SectionPlans.DATASETS.stream().filter(reported::contains).toList();
    }

    /** The sections with at least one reported dataset, each with its reported datasets only. */
    static List<SectionPlans.Plan> sections(BulletinData data) {
        Set<Dataset> reported = reported(data);
        List<SectionPlans.Plan> result = new ArrayList<>();
        for (SectionPlans.Plan plan : SectionPlans.SECTIONS) {
            SectionPlans.Plan shown = plan.only(reported);
            if (!shown.parts().isEmpty()) {
                result.add(shown);
            }
        }
        return result;
    }

    /** The datasets no district has in force this year or last year, in the order of the sections. */
    static List<Dataset> leftOut(BulletinData data) {
        Set<Dataset> reported = reported(data);
        return SectionPlans.DATASETS.stream().filter(d -> !reported.contains(d)).toList();
    }

    private static Set<Dataset> reported(BulletinData data) {
        Set<Dataset> reported = EnumSet.noneOf(Dataset.class);
        for (SubmissionInForce s : data.submissions()) {
            reported.add(s.dataset());
        }
        return reported;
    }
}
