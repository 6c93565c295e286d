package com.districtbulletin.bulletin;

import com.districtbulletin.dataset.Dataset;
import java.util.List;

/**
 * The datasets the bulletin has a section and a 综述 paragraph for, in order. Datasets declared
 * since (contract v2) appear in the district profiles, the methodology and the data quality
 * section, but get their own sections only once they are planned here.
 */
final class SectionPlans {

    static final List<Dataset> DATASETS = List.of(Dataset.MEETINGS, Dataset.INSPECTIONS, Dataset.APPOINTMENTS,
            Dataset.SUGGESTIONS);

    private SectionPlans() {
    }
}
