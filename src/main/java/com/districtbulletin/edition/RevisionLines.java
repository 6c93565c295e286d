package com.districtbulletin.edition;

import com.districtbulletin.edition.EditionStore.Figure;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The lines of a revision: every figure whose value or status changed — a change of rank alone is not one. */
final class RevisionLines {

    private RevisionLines() {
    }

    /** The year's figures as the last final edition published them, against the recomputed ones. */
    static List<RevisionLine> ofYear(Map<String, Figure> published, List<Statistic> now, RevisionCauses causes) {
        Map<String, Figure> left = new LinkedHashMap<>(published);
        List<RevisionLine> lines = new ArrayList<>();
        for (Statistic s : now) {
            Figure before = left.remove(EditionStore.figureKey(s.districtCode(), s.metric().id()));
            BigDecimal oldValue = before == null ? null : before.value();
            String oldStatus = before == null ? null : before.status();
            if (!same(oldValue, s.value()) || !Objects.equals(oldStatus, s.status().code())) {
                lines.add(new RevisionLine(s.year(), s.districtCode(), name(s), s.metric().id(), oldValue,
                        s.value(), oldStatus, s.status().code(), causes.of(s.districtCode(), s.metric().dataset())));
            }
        }
        // figures published then but not now: a district the registry no longer has in the year
        if (!now.isEmpty()) {
            int year = now.get(0).year();
            left.forEach((key, before) -> {
                String[] parts = key.split("\t", 2);
                lines.add(new RevisionLine(year, parts[0], null, parts[1], before.value(), null, before.status(), null,
                        causes.of(parts[0], MetricCatalogue.byId(parts[1]).dataset())));
            });
        }
        return lines;
    }

    /** The following year's year-on-year changes as its latest edition published them, against the recomputed ones. */
    static List<RevisionLine> ofNextYear(Map<String, Figure> published, List<Statistic> now, RevisionCauses causes) {
        List<RevisionLine> lines = new ArrayList<>();
        for (Statistic s : now) {
            Figure before = published.get(EditionStore.figureKey(s.districtCode(), s.metric().id()));
            BigDecimal oldChange = before == null ? null : before.yoyChange();
            if (!same(oldChange, s.yoyChange())) {
                lines.add(new RevisionLine(s.year(), s.districtCode(), name(s),
                        s.metric().id() + RevisionLine.YOY_SUFFIX, oldChange, s.yoyChange(),
                        before == null ? null : before.status(), s.status().code(),
                        causes.of(s.districtCode(), s.metric().dataset())));
            }
        }
        return lines;
    }

    /** The district's name, 全市 for the municipality (as statistics.csv names them). */
    private static String name(Statistic s) {
        return s.isMunicipality() ? Chinese.text("municipality.name") : s.districtName();
    }

    /** Equal values, whatever their scale (12 and 12.0 are one figure). */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
