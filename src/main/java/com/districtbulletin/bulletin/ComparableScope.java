package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.Trends;

import com.districtbulletin.registry.District;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 可比口径: when the set of districts that exist differs between the years of a trend (the registry's
 * 设立年份 and 撤销年份), the sentences that say which districts were set up or abolished, and from
 * which year, so that a reader does not compare municipal totals of different districts unawares.
 * No change, no sentence.
 */
final class ComparableScope {

    private ComparableScope() {
    }

    /** One sentence per year in which districts were set up, then one per year in which some were abolished. */
    static List<String> sentences(Trends trends) {
        if (!trends.shown()) {
            return List.of();
        }
        Map<Integer, List<String>> setUp = new TreeMap<>();
        Map<Integer, List<String>> abolished = new TreeMap<>();
        for (District d : trends.registry()) {
            boolean inFirst = d.existsIn(trends.first());
            boolean inLast = d.existsIn(trends.last());
            boolean everywhere = trends.years().stream().allMatch(d::existsIn);
            boolean nowhere = trends.years().stream().noneMatch(d::existsIn);
            if (everywhere || nowhere) {
                continue;
            }
            if (!inFirst && d.since() != null) {
                setUp.computeIfAbsent(d.since(), y -> new ArrayList<>()).add(d.name());
            }
            if (!inLast && d.until() != null) {
                abolished.computeIfAbsent(d.until(), y -> new ArrayList<>()).add(d.name());
            }
        }
        String separator = Chinese.text("bulletin.summary.nameSeparator");
        List<String> sentences = new ArrayList<>();
        setUp.forEach((year, names) -> sentences.add(Chinese.text("bulletin.trends.scope.setUp", year,
                String.join(separator, names), year - 1)));
        abolished.forEach((year, names) -> sentences.add(Chinese.text("bulletin.trends.scope.abolished", year,
                String.join(separator, names), year + 1)));
        return sentences;
    }
}
