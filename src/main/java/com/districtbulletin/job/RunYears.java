package com.districtbulletin.job;

import com.districtbulletin.edition.EditionRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The years a run writes reports for (contract section 9): every year it read a file for, the
 * year it was asked for, and every year it publishes an edition of — closed or open.
 *
 * @param requested the year asked for; null for a run over the open years
 * @param read      the years of the files the run read, as the scan step recorded them ("2023,2024")
 */
record RunYears(Integer requested, String read) {

    Set<Integer> reported(List<EditionRecord> publishing) {
        Set<Integer> years = new TreeSet<>();
        if (read != null && !read.isBlank()) {
            Arrays.stream(read.split(",")).map(String::trim).map(Integer::valueOf).forEach(years::add);
        }
        if (requested != null) {
            years.add(requested);
        }
        publishing.forEach(e -> years.add(e.year()));
        return years;
    }
}
