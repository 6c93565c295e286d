package com.districtbulletin.receipt;

import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.storage.SubmissionStore.Version;
import java.util.List;
import java.util.Map;

/**
 * What one district's receipt says: its stored versions of the year, its rows of the validation
 * report, and its own figures (with, per metric, how many districts are ranked).
 */
record Receipt(int year, District district, List<Version> versions, List<List<?>> problems,
               List<Statistic> figures, Map<String, Integer> rankedDistricts) {
}
