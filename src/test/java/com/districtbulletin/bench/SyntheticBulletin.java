package com.districtbulletin.bench;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.edition.Edition;
import com.districtbulletin.bulletin.data.SubmissionInForce;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Fraction;
import com.districtbulletin.statistics.Metric;

import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bulletin data for any number of made-up districts, built in memory the way the statistics
 * calculator would (pooled municipal figures, competition ranks, year-on-year changes), with a
 * few districts partial, one dataset not submitted and one figure not applicable.
 */
public final class SyntheticBulletin {

    private static final String[] SYLLABLES = {"青", "溪", "望", "江", "临", "湖", "云", "台", "柳", "林", "南", "屏",
        "白", "沙", "凤", "鸣", "石", "桥", "东", "山", "西", "河", "北", "城"};

    private SyntheticBulletin() {
    }

    public static BulletinData create(int districtCount, int year, long seed) {
        Random random = new Random(seed);
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < districtCount; i++) {
            String name = i == districtCount - 1 ? "东湖新技术开发区"
                    : SYLLABLES[(i * 2) % SYLLABLES.length] + SYLLABLES[(i * 2 + 1 + i / 12) % SYLLABLES.length]
                            + (i % 4 == 3 ? "县" : "区");
            Integer deputies = i == districtCount - 1 ? null : 120 + random.nextInt(200);
            districts.add(new District(String.format("99%04d", i + 1), name, deputies, i + 1));
        }
        List<SubmissionInForce> submissions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Boolean> partial = new HashMap<>();
        for (District d : districts) {
            for (Dataset dataset : Dataset.values()) {
                boolean missing = d.order() == 2 && dataset == Dataset.INSPECTIONS;
                if (missing) {
                    continue;
                }
                int rejected = random.nextInt(7) == 0 ? 1 + random.nextInt(3) : 0;
                partial.put(d.code() + dataset, rejected > 0);
                for (int y : new int[] {year, year - 1}) {
                    String file = y + "/" + d.code() + "_" + y + "_" + dataset.fileName() + ".csv";
                    byte[] hash = new byte[32];
                    random.nextBytes(hash);
                    submissions.add(new SubmissionInForce(d.code(), y, dataset, file, HexFormat.of().formatHex(hash),
                            100 + random.nextInt(200), y == year ? rejected : 0, 0));
                    if (y == year) {
                        for (int r = 0; r < rejected; r++) {
                            problems.add(new Problem(file, 10 + r, "meeting_date", "2024-02-30",
                                    ProblemCode.BAD_DATE, "日期无效，本行未导入。"));
                        }
                    }
                }
            }
        }
        List<Statistic> statistics = new ArrayList<>();
        for (Metric metric : MetricCatalogue.METRICS) {
            statistics.addAll(metric(metric, districts, partial, year, random));
        }
        return new BulletinData(year, "示例市", Edition.PROVISIONAL, LocalDate.of(year + 1, 1, 20), true, "bench",
                districts, statistics, submissions, problems, BulletinData.fingerprintOf(statistics));
    }

    private static List<Statistic> metric(Metric metric, List<District> districts, Map<String, Boolean> partial,
                                          int year, Random random) {
        List<Statistic> rows = new ArrayList<>();
        BigInteger sumN = BigInteger.ZERO;
        BigInteger sumD = BigInteger.ZERO;
        boolean anyPartial = false;
        Map<String, Fraction> exact = new HashMap<>();
        for (District d : districts) {
            Boolean isPartial = partial.get(d.code() + metric.dataset());
            if (isPartial == null) {
                rows.add(new Statistic(year, d.code(), d.name(), metric, null, null, null, null, null,
                        Status.NOT_SUBMITTED, "x"));
                continue;
            }
            BigInteger n;
            BigInteger den = null;
            BigDecimal value;
            Status status = isPartial ? Status.PARTIAL : Status.OK;
            if (metric.kind() == MetricKind.COUNT) {
                n = BigInteger.valueOf(5 + random.nextInt(300));
                value = new BigDecimal(n);
                exact.put(d.code(), Fraction.whole(n));
            } else {
                den = metric.kind() == MetricKind.RATE ? BigInteger.valueOf(100 + random.nextInt(200))
                        : d.deputies() == null ? null : BigInteger.valueOf(d.deputies());
                n = den == null ? BigInteger.valueOf(100) : den.multiply(BigInteger.valueOf(40 + random.nextInt(60)))
                        .divide(BigInteger.valueOf(100));
                if (den == null) {
                    value = null;
                    status = Status.NOT_APPLICABLE;
                } else {
                    Fraction f = Fraction.percent(n, den);
                    value = f.rounded(1);
                    exact.put(d.code(), f);
                }
            }
            if (den != null || metric.kind() == MetricKind.COUNT) {
                sumN = sumN.add(n);
                sumD = den == null ? sumD : sumD.add(den);
            }
            anyPartial |= isPartial;
            BigDecimal yoy = value == null ? null
                    : metric.kind() == MetricKind.COUNT ? BigDecimal.valueOf(random.nextInt(21) - 10)
                    : BigDecimal.valueOf(random.nextInt(101) - 50, 1);
            rows.add(new Statistic(year, d.code(), d.name(), metric, n, den, value, null, yoy, status, "x"));
        }
        if (metric.ranked()) {
            List<String> order = exact.entrySet().stream()
                    .sorted(Map.Entry.<String, Fraction>comparingByValue(Comparator.naturalOrder()).reversed())
                    .map(Map.Entry::getKey).toList();
            for (int i = 0; i < rows.size(); i++) {
                Statistic s = rows.get(i);
                int index = order.indexOf(s.districtCode());
                if (index >= 0) {
                    int rank = index + 1;
                    while (rank > 1 && exact.get(order.get(rank - 2)).compareTo(exact.get(s.districtCode())) == 0) {
                        rank--;
                    }
                    rows.set(i, s.withRank(rank));
                }
            }
        }
        BigDecimal total = metric.kind() == MetricKind.COUNT ? new BigDecimal(sumN)
                : Fraction.percent(sumN, sumD).rounded(1);
        BigDecimal totalYoy = metric.kind() == MetricKind.COUNT ? BigDecimal.valueOf(random.nextInt(41) - 20)
                : BigDecimal.valueOf(random.nextInt(41) - 20, 1);
        List<Statistic> result = new ArrayList<>();
        result.add(new Statistic(year, Statistic.ALL, "全市", metric, sumN,
                metric.kind() == MetricKind.COUNT ? null : sumD, total, null, totalYoy,
                anyPartial ? Status.PARTIAL : Status.OK, "x"));
        result.addAll(rows);
        return result;
    }
}
