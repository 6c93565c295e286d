package com.districtbulletin.edition;

import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.statistics.StatisticsCsv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code revisions-final-r<N>.csv} (contract section 9): every figure a revision changed, old and new, with its cause. */
public final class RevisionsCsv {

    public static final List<String> HEADER = List.of("year", "district_code", "district_name", "metric", "old_value",
            "new_value", "old_status", "new_status", "cause");

    private RevisionsCsv() {
    }

    public static byte[] bytes(List<RevisionLine> lines) {
        List<List<?>> rows = new ArrayList<>(lines.size());
        for (RevisionLine l : lines) {
            rows.add(Arrays.asList(l.year(), l.districtCode(), l.districtName(), l.metric(),
                    StatisticsCsv.plain(l.oldValue()), StatisticsCsv.plain(l.newValue()), l.oldStatus(), l.newStatus(),
                    l.cause()));
        }
        return CsvOutput.bytes(HEADER, rows);
    }
}
