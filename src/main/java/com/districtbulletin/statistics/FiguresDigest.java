package com.districtbulletin.statistics;

import com.districtbulletin.text.Sha256;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures as SHA-256 digests, so that a document or an edition can tell whether its figures changed
 * without reading them: each district's (and the municipality's, {@code ALL}) over its figures in
 * catalogue order, and a whole year's over the districts' in code order. What a figure publishes
 * counts — numerator, denominator, value, rank, change and status, as the database stores them —
 * not the fingerprint of its sources: a file sent again with the same figures changes no digest.
 */
public final class FiguresDigest {

    private FiguresDigest() {
    }

    /** Each district's digest, {@code ALL} included, from figures in catalogue order per district. */
    public static Map<String, String> byDistrict(List<Statistic> figures) {
        Map<String, MessageDigest> digests = new HashMap<>();
        for (Statistic s : figures) {
            String row = s.metric().id() + '|' + published(s) + '\n';
            digests.computeIfAbsent(s.districtCode(), d -> Sha256.digest()).update(row.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> hex = new HashMap<>();
        digests.forEach((district, digest) -> hex.put(district, Sha256.hex(digest.digest())));
        return hex;
    }

    /** The year's digest from its districts'. */
    public static String ofYear(Map<String, String> byDistrict) {
        StringBuilder all = new StringBuilder(byDistrict.size() * 72);
        new TreeMap<>(byDistrict).forEach((district, digest) -> all.append(district).append('|').append(digest).append('\n'));
        return Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A figure as the database stores it: decimals at the column's scale, empty for null, joined by
     * {@code |}: numerator, denominator, value, rank, change, status.
     */
    static String published(Statistic s) {
        StringBuilder row = new StringBuilder(96);
        if (s.numerator() != null) {
            row.append(s.numerator());
        }
        row.append('|');
        if (s.denominator() != null) {
            row.append(s.denominator());
        }
        row.append('|');
        if (s.value() != null) {
            row.append(s.value().setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
        row.append('|');
        if (s.rank() != null) {
            row.append(s.rank().intValue());
        }
        row.append('|');
        if (s.yoyChange() != null) {
            row.append(s.yoyChange().setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
        return row.append('|').append(s.status().code()).toString();
    }
}
