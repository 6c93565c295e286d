package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The year's statistics (data contract section 8) from the database's aggregates: per district
 * and for the municipality, with statuses, ranks and year-on-year changes. All arithmetic is
 * exact; a rate is rounded half-up once, when published.
 */
@Component
public class StatisticsCalculator {

    private final DatasetAggregates aggregates;
    private final DistrictStore districts;
    private final SubmissionStore submissions;
    private final StatisticStore stored;

    public StatisticsCalculator(DatasetAggregates aggregates, DistrictStore districts, SubmissionStore submissions,
                                StatisticStore stored) {
        this.stored = stored;
        this.submissions = submissions;
        this.aggregates = aggregates;
        this.districts = districts;
    }

    /**
     * Every metric for the municipality and every district of the registry that exists in the
     * year, metric by metric; year-on-year changes against the figures of the districts that
     * existed the year before.
     */
    public List<Statistic> compute(int year) {
        List<District> registry = districts.all();
        List<District> existing = registry.stream().filter(d -> d.existsIn(year)).toList();
        List<District> existedBefore = registry.stream().filter(d -> d.existsIn(year - 1)).toList();
        Map<Integer, Map<Dataset, Map<String, SubmittedTotals>>> both = aggregates.of(List.of(year, year - 1));
        Map<Integer, Map<Dataset, Set<String>>> rejected = submissions.rejectedKeys(List.of(year, year - 1));
        Map<Dataset, Map<String, SubmittedTotals>> now = both.get(year);
        Map<Dataset, Map<String, SubmittedTotals>> before = both.get(year - 1);
        Set<String> v3Now = v3Districts(now);
        Set<String> v3Before = v3Districts(before);
        // a previous year published without a metric (by a product before contract v3: no rows for
        // 82–129) gives that metric no year-on-year change (v3 section 10.17)
        Set<String> publishedBefore = stored.storedMetrics(year - 1);
        List<Statistic> result = new ArrayList<>();
        // a submission's part of the fingerprints is the same for every metric of its dataset
        Map<SubmittedTotals, String> sources = new IdentityHashMap<>();
        MessageDigest digest = sha256();
        for (Metric metric : MetricCatalogue.METRICS) {
            List<Figure> current = figures(metric, year, existing, now.get(metric.dataset()),
                    rejected.get(year).getOrDefault(metric.dataset(), Set.of()), v3Now, sources);
            Map<String, Figure> previous = new HashMap<>();
            if (publishedBefore.isEmpty() || publishedBefore.contains(metric.id())) {
                for (Figure f : figures(metric, year - 1, existedBefore, before.get(metric.dataset()),
                        rejected.get(year - 1).getOrDefault(metric.dataset(), Set.of()), v3Before, sources)) {
                    previous.put(f.code, f);
                }
            }
            Map<String, Integer> ranks = metric.ranked() ? ranks(current) : Map.of();
            for (Figure f : current) {
                Figure last = previous.getOrDefault(f.code, Figure.ABSENT);
                result.add(f.statistic(metric, year, ranks.get(f.code), yoy(f, last), fingerprint(f, last, digest)));
            }
        }
        return result;
    }

    /**
     * The districts whose year is v3 (v3 section 10.1): a file of theirs in force has a v3 column in
     * its header or a value added in v3 in an accepted row, or they have a v3 dataset in force.
     */
    private static Set<String> v3Districts(Map<Dataset, Map<String, SubmittedTotals>> submitted) {
        Set<String> v3 = new HashSet<>();
        submitted.forEach((dataset, byDistrict) -> byDistrict.forEach((district, totals) -> {
            if (totals.marksV3(dataset)) {
                v3.add(district);
            }
        }));
        return v3;
    }

    /**
     * Whether a v3-dependent metric is not collected from a district's submission (v3 section
     * 10.1): its year is not v3, or its file lacks one of the metric's source columns.
     */
    private static boolean notCollected(Metric metric, String district, SubmittedTotals totals, Set<String> v3) {
        return metric.v3Dependent() && (!v3.contains(district)
                || metric.sourceColumns().stream().anyMatch(c -> totals.lacks(metric.dataset(), c)));
    }

    /** The municipality's figure first, then each district's, in display order. */
    private List<Figure> figures(Metric metric, int year, List<District> registry,
                                 Map<String, SubmittedTotals> submitted, Set<String> rejected, Set<String> v3,
                                 Map<SubmittedTotals, String> sources) {
        int index = MetricCatalogue.of(metric.dataset()).indexOf(metric);
        List<Figure> districtFigures = new ArrayList<>();
        Pool pool = new Pool();
        for (District district : registry) {
            SubmittedTotals totals = submitted.get(district.code());
            if (totals == null) {
                districtFigures.add(Figure.missing(district.code(), district.name(),
                        rejected.contains(district.code()) ? Status.REJECTED : Status.NOT_SUBMITTED));
                continue;
            }
            pool.anySubmitted = true;
            String source = sources.computeIfAbsent(totals, t -> year + ":" + district.code() + ":"
                    + metric.dataset().fileName() + ":" + t.sha256());
            if (notCollected(metric, district.code(), totals, v3)) {
                // out of the municipal sums, and its partial rows do not make them partial (10.1)
                districtFigures.add(Figure.notCollected(district.code(), district.name(), List.of(source)));
                continue;
            }
            pool.anyCollected = true;
            BigInteger numerator = totals.numerators()[index];
            Measure divisor = metric.denominator();
            Integer registryCount = divisor != null && divisor.isRegistryCount()
                    ? registryCount(district, divisor.registry()) : null;
            BigInteger denominator = divisor == null ? null
                    : divisor.isRegistryCount() ? (registryCount == null ? null : BigInteger.valueOf(registryCount))
                    : totals.denominators()[index];
            boolean partial = totals.rowsRejected() > 0;
            if (divisor != null && divisor.isRegistryCount()) {
                source = source + ":" + divisor.registry() + "=" + registryCount;
            }
            boolean overWhole = metric.isAtMostWhole() && denominator != null && numerator.compareTo(denominator) > 0;
            districtFigures.add(overWhole
                    ? Figure.notApplicable(district.code(), district.name(), numerator, denominator, List.of(source))
                    : Figure.of(metric.kind(), district.code(), district.name(), numerator, denominator, partial,
                            List.of(source)));
            // a registry count that is missing (or, for a rate of at most the whole, below the numerator)
            // leaves the district out of the municipal figure, but it still contributes (section 8): its
            // partial submission makes the municipal figure partial
            boolean pooled = !overWhole && (divisor == null || !divisor.isRegistryCount() || registryCount != null);
            if (pooled) {
                pool.add(numerator, denominator, partial, source);
            } else {
                pool.partial |= partial;
            }
        }
        List<Figure> figures = new ArrayList<>();
        String name = Chinese.text("municipality.name");
        if (!pool.anySubmitted) {
            figures.add(Figure.missing(Statistic.ALL, name, Status.NOT_SUBMITTED));
        } else if (!pool.anyCollected) {
            figures.add(Figure.notCollected(Statistic.ALL, name, pool.sources));
        } else {
            figures.add(Figure.of(metric.kind(), Statistic.ALL, name, pool.numerator,
                    metric.kind().isCount() ? null : pool.denominator, pool.partial, pool.sources));
        }
        figures.addAll(districtFigures);
        return figures;
    }

    private static Integer registryCount(District district, String count) {
        return switch (count) {
            case Measure.DEPUTIES -> district.deputies();
            case Measure.DEPUTIES_ALL_LEVELS -> district.deputiesAllLevels();
            case Measure.TOWNSHIPS -> district.townships();
            default -> throw new IllegalArgumentException("No registry count " + count);
        };
    }

    /** Standard competition ranking (1, 2, 2, 4) on the exact values, highest first. */
    private static Map<String, Integer> ranks(List<Figure> figures) {
        List<Figure> ranked = figures.stream()
                .filter(f -> !Statistic.ALL.equals(f.code) && f.exact != null)
                .sorted(Comparator.comparing((Figure f) -> f.exact).reversed())
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tied = i > 0 && ranked.get(i).exact.compareTo(ranked.get(i - 1).exact) == 0;
            ranks.put(ranked.get(i).code, tied ? ranks.get(ranked.get(i - 1).code) : i + 1);
        }
        return ranks;
    }

    /** The difference of the published values, so that the bulletin's figures agree with each other. */
    private static BigDecimal yoy(Figure now, Figure before) {
        if (now.published == null || before.published == null) {
            return null;
        }
        return now.published.subtract(before.published);
    }

    /** SHA-256 over the distinct sources of both years, sorted, one a line. */
    private static String fingerprint(Figure now, Figure before, MessageDigest digest) {
        List<String> sources = new ArrayList<>(now.sources.size() + before.sources.size());
        sources.addAll(now.sources);
        sources.addAll(before.sources);
        sources.sort(null);
        String last = null;
        for (String source : sources) {
            if (!source.equals(last)) {
                digest.update(source.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            last = source;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sums of the districts that take part in the municipal figure. */
    private static final class Pool {
        boolean anySubmitted;
        /** Whether any district with the dataset in force has the metric (not {@code not_collected}). */
        boolean anyCollected;
        boolean partial;
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ZERO;
        final List<String> sources = new ArrayList<>();

        void add(BigInteger n, BigInteger d, boolean isPartial, String source) {
            numerator = numerator.add(n);
            if (d != null) {
                denominator = denominator.add(d);
            }
            partial |= isPartial;
            sources.add(source);
        }
    }

    /** A figure before ranking: exact value for ranking, published value for printing. */
    private record Figure(String code, String name, BigInteger numerator, BigInteger denominator, Fraction exact,
                          BigDecimal published, Status status, List<String> sources) {

        /** No figure of the previous year: the district did not exist then. */
        static final Figure ABSENT = missing(null, null, Status.NOT_SUBMITTED);

        /** No submission in force: not submitted, or rejected whole. */
        static Figure missing(String code, String name, Status status) {
            return new Figure(code, name, null, null, null, null, status, List.of());
        }

        /** Not collected (v3): an empty value, no rank, out of the municipal figure. */
        static Figure notCollected(String code, String name, List<String> sources) {
            return new Figure(code, name, null, null, null, null, Status.NOT_COLLECTED, sources);
        }

        static Figure notApplicable(String code, String name, BigInteger numerator, BigInteger denominator,
                                    List<String> sources) {
            return new Figure(code, name, numerator, denominator, null, null, Status.NOT_APPLICABLE, sources);
        }

        static Figure of(MetricKind kind, String code, String name, BigInteger numerator, BigInteger denominator,
                         boolean partial, List<String> sources) {
            Status status = partial ? Status.PARTIAL : Status.OK;
            if (kind.isCount()) {
                return new Figure(code, name, numerator, null, Fraction.whole(numerator), new BigDecimal(numerator),
                        status, sources);
            }
            if (denominator == null || denominator.signum() == 0) {
                return new Figure(code, name, numerator, denominator, null, null, Status.NOT_APPLICABLE, sources);
            }
            Fraction exact = Fraction.percent(numerator, denominator);
            return new Figure(code, name, numerator, denominator, exact, exact.rounded(1), status, sources);
        }

        Statistic statistic(Metric metric, int year, Integer rank, BigDecimal yoy, String fingerprint) {
            return new Statistic(year, code, name, metric, numerator, denominator, published, rank, yoy, status,
                    fingerprint);
        }
    }
}
