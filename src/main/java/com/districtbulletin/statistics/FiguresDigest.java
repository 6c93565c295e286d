package com.districtbulletin.statistics;

import com.districtbulletin.text.Sha256;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures as SHA-256 digests, so that a night can tell whether figures changed without reading
 * them back. Each district's (and the municipality's, {@code ALL}) is kept beside the year's stored
 * figures: over its figures in catalogue order, each with what it publishes — numerator,
 * denominator, value, rank, change and status, as the database stores them — and the fingerprint
 * of its sources. The year's {@link #published()} digest, which an edition keeps, leaves the
 * sources out: a file sent again with the same figures publishes the same edition.
 */
public final class FiguresDigest {

    private final Map<String, String> byDistrict;
    private final String published;

    private FiguresDigest(Map<String, String> byDistrict, String published) {
        this.byDistrict = byDistrict;
        this.published = published;
    }

    /** The digests of a year's figures, given in catalogue order per district. */
    public static FiguresDigest of(List<Statistic> figures) {
        Map<String, MessageDigest[]> digests = new HashMap<>();
        for (Statistic s : figures) {
            MessageDigest[] d = digests.computeIfAbsent(s.districtCode(),
                    k -> new MessageDigest[] {Sha256.digest(), Sha256.digest()});
            String row = s.metric().id() + '|' + published(s);
            d[0].update((row + '|' + s.fingerprint() + '\n').getBytes(StandardCharsets.UTF_8));
            d[1].update((row + '\n').getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> byDistrict = new HashMap<>();
        Map<String, String> published = new TreeMap<>();
        digests.forEach((district, d) -> {
            byDistrict.put(district, Sha256.hex(d[0].digest()));
            published.put(district, Sha256.hex(d[1].digest()));
        });
        StringBuilder all = new StringBuilder(published.size() * 72);
        published.forEach((district, digest) -> all.append(district).append('|').append(digest).append('\n'));
        return new FiguresDigest(byDistrict, Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Each district's digest, {@code ALL} included. */
    public Map<String, String> byDistrict() {
        return byDistrict;
    }

    /** The year's digest of what its figures publish, without their sources. */
    public String published() {
        return published;
    }

    /** The districts whose digest is not the one {@code stored}: changed, added or gone. */
    Set<String> movedFrom(Map<String, String> stored) {
        Set<String> moved = new HashSet<>();
        byDistrict.forEach((district, digest) -> {
            if (!digest.equals(stored.get(district))) {
                moved.add(district);
            }
        });
        stored.keySet().stream().filter(district -> !byDistrict.containsKey(district)).forEach(moved::add);
        return moved;
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
