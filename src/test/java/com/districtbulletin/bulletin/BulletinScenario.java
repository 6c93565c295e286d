package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.SubmissionInForce;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Fraction;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulletin data of a few synthetic districts with chosen figures: a metric's numerators and
 * denominators per district (ranks and the pooled municipal figure recomputed as the statistics
 * calculator does), a submission's accepted and rejected rows (its figures then partial), a
 * dataset's file rejected whole.
 */
final class BulletinScenario {

    private final BulletinData base;
    private final Map<String, Statistic> statistics = new LinkedHashMap<>();
    private final List<SubmissionInForce> submissions;
    private final List<District> districts;

    BulletinScenario(int districtCount) {
        base = SyntheticBulletin.create(districtCount, 2024, 11);
        districts = new ArrayList<>(base.districts());
        for (Statistic s : base.statistics()) {
            statistics.put(key(s.metric(), s.districtCode()), s);
        }
        submissions = new ArrayList<>(base.submissions());
        // every district's data complete and submitted, unless a scenario says otherwise
        for (District d : districts) {
            for (Dataset dataset : java.util.List.of(Dataset.values())) {
                if (statistics.get(key(MetricCatalogue.of(dataset).get(0), d.code())).status() != Status.NOT_SUBMITTED) {
                    rows(d.code(), dataset, 100, 0);
                }
            }
        }
    }

    String code(int index) {
        return districts.get(index).code();
    }

    String name(int index) {
        return districts.get(index).name();
    }

    /** A district in the registry that has no figures this year (it did not exist). */
    BulletinScenario withDistrictWithoutFigures(String name) {
        districts.add(new District("990999", name, 100, 999));
        return this;
    }

    /** Counts of a count metric per district, in display order (null: no value). */
    BulletinScenario counts(String metricId, Integer... values) {
        Metric m = MetricCatalogue.byId(metricId);
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            figures.put(code(i), values[i] == null ? null : new long[] {values[i], 0});
        }
        return figures(m, figures);
    }

    /** A rate's numerator and denominator per district, in display order: {n, d}, … */
    BulletinScenario rates(String metricId, long[]... values) {
        Metric m = MetricCatalogue.byId(metricId);
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            figures.put(code(i), values[i]);
        }
        return figures(m, figures);
    }

    private BulletinScenario figures(Metric m, Map<String, long[]> figures) {
        Map<String, Fraction> exact = new HashMap<>();
        BigInteger sumN = BigInteger.ZERO;
        BigInteger sumD = BigInteger.ZERO;
        for (Map.Entry<String, long[]> e : figures.entrySet()) {
            Statistic old = statistics.get(key(m, e.getKey()));
            long[] f = e.getValue();
            if (f == null) {
                continue;
            }
            BigInteger n = BigInteger.valueOf(f[0]);
            BigInteger d = m.kind() == MetricKind.COUNT ? null : BigInteger.valueOf(f[1]);
            Fraction exactValue = d == null ? Fraction.whole(n) : Fraction.percent(n, d);
            exact.put(e.getKey(), exactValue);
            sumN = sumN.add(n);
            sumD = d == null ? sumD : sumD.add(d);
            statistics.put(key(m, e.getKey()), new Statistic(2024, old.districtCode(), old.districtName(), m, n, d,
                    d == null ? new BigDecimal(n) : exactValue.rounded(1), null, BigDecimal.ZERO,
                    old.status() == Status.PARTIAL ? Status.PARTIAL : Status.OK, "x"));
        }
        for (String code : exact.keySet()) {
            int rank = 1;
            for (Fraction other : exact.values()) {
                if (other.compareTo(exact.get(code)) > 0) {
                    rank++;
                }
            }
            statistics.put(key(m, code), statistics.get(key(m, code)).withRank(m.ranked() ? rank : null));
        }
        Statistic all = statistics.get(key(m, Statistic.ALL));
        BigDecimal value = m.kind() == MetricKind.COUNT ? new BigDecimal(sumN) : Fraction.percent(sumN, sumD).rounded(1);
        statistics.put(key(m, Statistic.ALL), new Statistic(2024, Statistic.ALL, "全市", m, sumN,
                m.kind() == MetricKind.COUNT ? null : sumD, value, null, BigDecimal.ZERO, all.status(), "x"));
        return this;
    }

    /** A district's submission of a dataset: rows accepted and rejected (rejected rows make its figures partial). */
    BulletinScenario rows(String code, Dataset dataset, int accepted, int rejected) {
        submissions.removeIf(s -> s.year() == 2024 && s.districtCode().equals(code) && s.dataset() == dataset);
        submissions.add(new SubmissionInForce(code, 2024, dataset, "2024/" + code + "_2024_" + dataset.fileName()
                + ".csv", "0".repeat(64), accepted, rejected, 0));
        setStatus(code, dataset, rejected > 0 ? Status.PARTIAL : Status.OK);
        return this;
    }

    /** The district's file of the dataset was rejected whole: no figures, status rejected. */
    BulletinScenario rejectedFile(String code, Dataset dataset) {
        submissions.removeIf(s -> s.year() == 2024 && s.districtCode().equals(code) && s.dataset() == dataset);
        for (Metric m : MetricCatalogue.of(dataset)) {
            Statistic s = statistics.get(key(m, code));
            statistics.put(key(m, code), new Statistic(2024, code, s.districtName(), m, null, null, null, null, null,
                    Status.REJECTED, "x"));
        }
        return this;
    }

    /** No district has the dataset in force, this year or last. */
    BulletinScenario noneAtAll(Dataset dataset) {
        submissions.removeIf(s -> s.dataset() == dataset);
        for (Metric m : MetricCatalogue.of(dataset)) {
            for (District d : base.districts()) {
                Statistic s = statistics.get(key(m, d.code()));
                statistics.put(key(m, d.code()), new Statistic(2024, d.code(), s.districtName(), m, null, null, null,
                        null, null, Status.NOT_SUBMITTED, "x"));
            }
        }
        return this;
    }

    private void setStatus(String code, Dataset dataset, Status status) {
        for (Metric m : MetricCatalogue.of(dataset)) {
            Statistic s = statistics.get(key(m, code));
            if (s.value() == null) {
                continue;
            }
            statistics.put(key(m, code), new Statistic(2024, code, s.districtName(), m, s.numerator(),
                    s.denominator(), s.value(), s.rank(), s.yoyChange(), status, "x"));
        }
    }

    BulletinData data() {
        List<Statistic> list = new ArrayList<>();
        for (Metric m : MetricCatalogue.METRICS) {
            boolean anyPartial = false;
            boolean anyInForce = false;
            for (District d : base.districts()) {
                Status status = statistics.get(key(m, d.code())).status();
                anyPartial |= status == Status.PARTIAL;
                anyInForce |= status != Status.NOT_SUBMITTED && status != Status.REJECTED;
            }
            Statistic all = statistics.get(key(m, Statistic.ALL));
            if (!anyInForce) {
                list.add(new Statistic(2024, Statistic.ALL, "全市", m, null, null, null, null, null,
                        Status.NOT_SUBMITTED, "x"));
                for (District d : base.districts()) {
                    list.add(statistics.get(key(m, d.code())));
                }
                continue;
            }
            list.add(new Statistic(2024, Statistic.ALL, "全市", m, all.numerator(), all.denominator(), all.value(),
                    null, all.yoyChange(), all.value() == null ? all.status() : anyPartial ? Status.PARTIAL : Status.OK,
                    "x"));
            for (District d : base.districts()) {
                list.add(statistics.get(key(m, d.code())));
            }
        }
        return new BulletinData(2024, "示例市", Edition.PROVISIONAL, base.publicationDate(), true, "test", districts,
                list, submissions, base.problems(), BulletinData.fingerprintOf(list), base.details());
    }

    private static String key(Metric m, String code) {
        return m.id() + "|" + code;
    }
}
