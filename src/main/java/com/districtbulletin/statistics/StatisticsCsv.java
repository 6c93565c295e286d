package com.districtbulletin.statistics;

import com.districtbulletin.fingerprint.Fingerprint;
import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.registry.District;
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

    /** The kind of both fingerprints of the file: what it is made from, and its bytes. */
    private static final String FINGERPRINT_KIND = "statistics";

    /**
     * What a provisional edition's statistics.csv is made from, when its figures' digest is known:
     * the figures, the registry (names and order) and the build. The file's fingerprint in the
     * statistics files' ledger, and the key under which the edition keeps its bytes
     * ({@code EditionStore.keepSameFile}); the same for both, so that the file is known without
     * reading the figures.
     */
    public static String madeFrom(String figuresDigest, List<District> registry) {
        return Fingerprint.of(FINGERPRINT_KIND).add(figuresDigest).add(registry).hex();
    }

    /** The fingerprint of the file's bytes, when what they are made from cannot be told (a final edition's kept file). */
    public static String fingerprintOf(byte[] csv) {
        return Fingerprint.of(FINGERPRINT_KIND).add(csv).hex();
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
