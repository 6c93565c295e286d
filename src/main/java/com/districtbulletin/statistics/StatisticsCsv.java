package com.districtbulletin.statistics;

import com.districtbulletin.output.CsvOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code statistics.csv} (data contract section 9): one row per district and ALL per metric. */
public final class StatisticsCsv {

    public static final List<String> HEADER =
            List.of("year", "district_code", "district_name", "metric", "value", "rank", "yoy_change", "status");

    private StatisticsCsv() {
    }

    public static void write(Path file, List<Statistic> statistics) throws IOException {
        CsvOutput.write(file, HEADER, rows(statistics));
    }

    /** The file's exact bytes, e.g. for its fingerprint in the bulletin. */
    public static byte[] bytes(List<Statistic> statistics) {
        return CsvOutput.bytes(HEADER, rows(statistics));
    }

    private static List<List<?>> rows(List<Statistic> statistics) {
        List<List<?>> rows = new ArrayList<>(statistics.size());
        for (Statistic s : statistics) {
            rows.add(Arrays.asList(s.year(), s.districtCode(), s.districtName(), s.metric().id(), plain(s.value()),
                    s.rank(), plain(s.yoyChange()), s.status().code()));
        }
        return rows;
    }

    /** 55, -40, 68.8, -0.3: no plus sign, no exponent. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
