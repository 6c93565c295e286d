package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;

import com.districtbulletin.registry.District;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulletin's sections in order, with the page each one starts on. The pages come from a first
 * rendering pass; the second pass prints them in the contents.
 */
final class Contents {

    /** A section: {@code level} 1 for the main parts, 2 for parts of a part. */
    record Entry(String id, String title, int level, boolean listed) {
    }

    static final String KEY_FIGURES = "keyFigures";
    static final String CONTENTS = "contents";
    static final String REVISION = "revision";
    static final String SUMMARY = "summary";
    static final String TRENDS = "trends";
    static final String QUALITY = "quality";
    static final String METHODOLOGY = "methodology";
    static final String PROVENANCE = "provenance";

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Integer> pages;

    private Contents(Map<String, Integer> pages) {
        this.pages = pages;
    }

    /** The sections of a bulletin, with the pages a previous pass found (empty on the first pass). */
    static Contents plan(BulletinData data, List<District> districts, Map<String, Integer> pages) {
        Contents c = new Contents(pages);
        String[] numerals = Chinese.text("bulletin.numerals").split(",");
        int n = 0;
        c.add(KEY_FIGURES, Chinese.text("bulletin.keyFigures.title"), 1, false);
        c.add(CONTENTS, Chinese.text("bulletin.contents.title"), 1, false);
        if (data.revision().revised()) {
            c.add(REVISION, Chinese.text("bulletin.revision.title"), 1, true);
        }
        c.add(SUMMARY, numbered(numerals[n++], Chinese.text("bulletin.summary.title")), 1, true);
        for (SectionPlans.Plan plan : ReportedDatasets.sections(data)) {
            c.add(sectionId(plan), numbered(numerals[n++], GroupSection.title(plan)), 1, true);
        }
        if (TrendSection.shown(data)) {
            c.add(TRENDS, numbered(numerals[n++], Chinese.text("bulletin.trends.title")), 1, true);
        }
        c.add(QUALITY, numbered(numerals[n++], Chinese.text("bulletin.quality.title")), 1, true);
        c.add(METHODOLOGY, numbered(numerals[n++], Chinese.text("bulletin.method.title")), 1, true);
        c.add(PROVENANCE, numbered(numerals[n], Chinese.text("bulletin.provenance.title")), 1, true);
        return c;
    }

    /** The one section of a district's own profile document. */
    static Contents ofProfile(District district) {
        Contents c = new Contents(Map.of());
        c.add(districtId(district), district.name(), 1, false);
        return c;
    }

    /** "一、综述". */
    private static String numbered(String numeral, String title) {
        return Chinese.text("bulletin.contents.numbered", numeral, title);
    }

    static String sectionId(SectionPlans.Plan plan) {
        return "section." + plan.key();
    }

    static String districtId(District district) {
        return "district." + district.code();
    }

    private void add(String id, String title, int level, boolean listed) {
        entries.put(id, new Entry(id, title, level, listed));
    }

    Entry entry(String id) {
        Entry e = entries.get(id);
        if (e == null) {
            throw new IllegalArgumentException("No section " + id);
        }
        return e;
    }

    List<Entry> listed() {
        List<Entry> result = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.listed()) {
                result.add(e);
            }
        }
        return result;
    }

    /** The page a section starts on, as found by the previous pass; 0 when not known yet. */
    int pageOf(String id) {
        return pages.getOrDefault(id, 0);
    }
}
