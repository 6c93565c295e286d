package com.districtbulletin.receipt;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.CollectedColumns.DistrictYear;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.storage.SubmissionStore.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.districtbulletin.text.Chinese;

/**
 * What one district's receipt says: its stored versions of the year, its rows of the validation
 * report, its own figures (with, per metric, how many districts are ranked), and what contract v3
 * collected from its files in force ({@code collected}; null when none is in force).
 */
record Receipt(int year, District district, List<Version> versions, List<List<?>> problems,
               List<Statistic> figures, Map<String, Integer> rankedDistricts, DistrictYear collected) {

    /**
     * The note under a dataset's file in force (v3 section 10.3): the v3 columns its header lacks,
     * whose metrics are not collected; empty when it has them all, or when the whole year is not v3
     * (then {@link #notV3Line()} says it once).
     */
    Optional<String> absentColumnsNote(Dataset dataset) {
        if (collected == null || !collected.v3()) {
            return Optional.empty();
        }
        List<String> absent = collected.absentV3Aliases().getOrDefault(dataset, List.of());
        return absent.isEmpty() ? Optional.empty()
                : Optional.of(Chinese.text("receipt.files.absentColumns", String.join("、", absent)));
    }

    /** The one line of a district-year that is not v3 (v3 section 10.18); empty otherwise. */
    Optional<String> notV3Line() {
        return collected == null || collected.v3() ? Optional.empty()
                : Optional.of(Chinese.text("receipt.files.notV3"));
    }
}
