package com.districtbulletin.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a fingerprint tells apart, and what it does not. */
class FingerprintTest {

    private record Line(String file, Integer line, BigDecimal value) {
    }

    private record Doc(String district, List<Line> lines, Map<String, Integer> ranked, LocalDateTime received) {
    }

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 5, 12, 0);

    private static String of(Object value) {
        return Fingerprint.of("test").add(value).hex();
    }

    private static Doc doc(BigDecimal value, Map<String, Integer> ranked) {
        return new Doc("420115", List.of(new Line("a.csv", 3, value), new Line("a.csv", null, null)), ranked, NOON);
    }

    @Test
    void everyComponentOfARecordCountsAndEqualContentGivesTheSameFingerprint() {
        Map<String, Integer> ranked = Map.of("m1", 3, "m2", 2);
        String base = of(doc(new BigDecimal("1.5"), ranked));
        assertThat(of(doc(new BigDecimal("1.5"), new HashMap<>(ranked)))).isEqualTo(base);
        assertThat(of(doc(new BigDecimal("1.6"), ranked))).isNotEqualTo(base);
        assertThat(of(doc(new BigDecimal("1.50"), ranked))).as("a decimal prints with its scale").isNotEqualTo(base);
        assertThat(of(doc(new BigDecimal("1.5"), Map.of("m1", 3, "m2", 3)))).isNotEqualTo(base);
        assertThat(of(new Doc("420115", List.of(new Line("a.csv", 3, new BigDecimal("1.5"))), ranked, NOON)))
                .isNotEqualTo(base);
        assertThat(of(new Doc("420115", List.of(new Line("a.csv", 3, new BigDecimal("1.5")),
                new Line("a.csv", null, null)), ranked, NOON.plusSeconds(1)))).isNotEqualTo(base);
    }

    @Test
    void anUnorderedMapCountsByContentAnOrderedOneByOrderToo() {
        Map<String, Integer> one = new HashMap<>();
        Map<String, Integer> other = new HashMap<>(64);
        for (int i = 0; i < 40; i++) {
            one.put("m" + i, i);
        }
        for (int i = 39; i >= 0; i--) {
            other.put("m" + i, i);
        }
        assertThat(of(one)).isEqualTo(of(other));
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(of(ab)).isNotEqualTo(of(ba));
    }

    @Test
    void valuesAreToldApartByKindAndBoundary() {
        assertThat(of(List.of("ab", "c"))).isNotEqualTo(of(List.of("a", "bc")));
        assertThat(of(Arrays.asList("1", null))).isNotEqualTo(of(Arrays.asList(1, null)));
        assertThat(of(Arrays.asList((Object) null))).isNotEqualTo(of(List.of("")));
        assertThat(Fingerprint.of("receipt").add("x").hex()).isNotEqualTo(Fingerprint.of("profile").add("x").hex());
    }

    @Test
    void aBrieflyCountedTypeCountsByItsIdentityOnly() {
        Line a = new Line("a.csv", 1, BigDecimal.ONE);
        Line b = new Line("a.csv", 2, BigDecimal.TEN);
        assertThat(Fingerprint.of("t").briefly(Line.class, Line::file).add(a).hex())
                .isEqualTo(Fingerprint.of("t").briefly(Line.class, Line::file).add(b).hex());
        assertThat(of(a)).isNotEqualTo(of(b));
    }

    @Test
    void theBuildIdentityCoversTheProductsClassesTextAndFonts() {
        assertThat(BuildIdentity.digest()).hasSize(32).isEqualTo(BuildIdentity.digest());
        assertThat(BuildIdentity.resources()).anyMatch(n -> n.equals("com/districtbulletin/fingerprint/Fingerprint.class"))
                .anyMatch(n -> n.equals("text/zh.properties")).anyMatch(n -> n.startsWith("fonts/NotoSansSC"));
    }
}
