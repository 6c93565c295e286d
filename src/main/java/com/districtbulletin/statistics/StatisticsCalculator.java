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
import java.util.HashMap;
import java.util.EnumMap;
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
        Year current = new Year(year, existing, both.get(year), rejected.get(year));
        Year previous = new Year(year - 1, existedBefore, both.get(year - 1), rejected.get(year - 1));
        int[] lastYear = previous.positionsOf(existing);
        // a previous year published without a metric (by a product before contract v3: no rows for
        // 82–129) gives that metric no year-on-year change (v3 section 10.17)
        Set<String> publishedBefore = stored.storedMetrics(year - 1);
        List<Statistic> result = new ArrayList<>(MetricCatalogue.METRICS.size() * (existing.size() + 1));
        Fingerprints fingerprints = new Fingerprints();
        for (Metric metric : MetricCatalogue.METRICS) {
            Figure[] now = current.figures(metric);
            Figure[] before = publishedBefore.isEmpty() || publishedBefore.contains(metric.id())
                    ? previous.figures(metric) : null;
            int[] ranks = metric.ranked() ? ranks(now) : null;
            for (int i = 0; i < now.length; i++) {
                Figure f = now[i];
                Figure last = before == null || lastYear[i] < 0 ? Figure.ABSENT : before[lastYear[i]];
                Integer rank = ranks == null || ranks[i] == 0 ? null : ranks[i];
                result.add(f.statistic(metric, year, rank, yoy(f, last), fingerprints.of(f.sources, last.sources)));
            }
        }
        return result;
    }

    /**
     * One year's districts and their submissions in force, for computing its figures: each
     * dataset's totals, sources and rejections by the district's place in the registry, made once
     * for all the dataset's metrics. A metric's figures: the municipality's first, then each
     * district's, in display order.
     */
    private static final class Year {

        private final int year;
        private final List<District> registry;
        private final Map<Dataset, Map<String, SubmittedTotals>> submitted;
        private final Map<Dataset, Set<String>> rejected;
        /** Whether the district's year is v3 (v3 section 10.1), by its place in the registry. */
        private final boolean[] v3;
        private final Map<Dataset, Submitted> byDataset = new EnumMap<>(Dataset.class);

        Year(int year, List<District> registry, Map<Dataset, Map<String, SubmittedTotals>> submitted,
             Map<Dataset, Set<String>> rejected) {
            this.year = year;
            this.registry = registry;
            this.submitted = submitted;
            this.rejected = rejected;
            Set<String> v3Districts = v3Districts(submitted);
            v3 = new boolean[registry.size()];
            for (int i = 0; i < v3.length; i++) {
                v3[i] = v3Districts.contains(registry.get(i).code());
            }
        }

        /**
         * For each of {@code districts}, with the municipality before them, where its figure is among
         * this year's figures of a metric; -1 for a district not in this year's registry.
         */
        int[] positionsOf(List<District> districts) {
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < registry.size(); i++) {
                position.put(registry.get(i).code(), i + 1);
            }
            int[] positions = new int[districts.size() + 1];
            for (int i = 0; i < districts.size(); i++) {
                positions[i + 1] = position.getOrDefault(districts.get(i).code(), -1);
            }
            return positions;
        }

        private Submitted submitted(Dataset dataset) {
            return byDataset.computeIfAbsent(dataset, d -> new Submitted(year, d, registry,
                    submitted.getOrDefault(d, Map.of()), rejected.getOrDefault(d, Set.of())));
        }

        Figure[] figures(Metric metric) {
            Submitted in = submitted(metric.dataset());
            int index = MetricCatalogue.of(metric.dataset()).indexOf(metric);
            boolean v3Dependent = metric.v3Dependent();
            List<String> sourceColumns = metric.sourceColumns();
            Measure divisor = metric.denominator();
            boolean byRegistry = divisor != null && divisor.isRegistryCount();
            Figure[] figures = new Figure[registry.size() + 1];
            Pool pool = new Pool();
            for (int i = 0; i < registry.size(); i++) {
                District district = registry.get(i);
                SubmittedTotals totals = in.totals[i];
                if (totals == null) {
                    figures[i + 1] = Figure.missing(district.code(), district.name(),
                            in.rejected[i] ? Status.REJECTED : Status.NOT_SUBMITTED);
                    continue;
                }
                pool.anySubmitted = true;
                if (v3Dependent && notCollected(metric, sourceColumns, v3[i], totals)) {
                    // out of the municipal sums, and its partial rows do not make them partial (10.1)
                    figures[i + 1] = Figure.notCollected(district.code(), district.name(), in.sources[i]);
                    continue;
                }
                pool.anyCollected = true;
                BigInteger numerator = totals.numerators()[index];
                Integer registryCount = byRegistry ? registryCount(district, divisor.registry()) : null;
                BigInteger denominator = divisor == null ? null
                        : byRegistry ? (registryCount == null ? null : BigInteger.valueOf(registryCount))
                        : totals.denominators()[index];
                boolean partial = totals.rowsRejected() > 0;
                List<String> sources = byRegistry
                        ? List.of(in.sources[i].get(0) + ":" + divisor.registry() + "=" + registryCount)
                        : in.sources[i];
                boolean overWhole = metric.isAtMostWhole() && denominator != null
                        && numerator.compareTo(denominator) > 0;
                figures[i + 1] = overWhole
                        ? Figure.notApplicable(district.code(), district.name(), numerator, denominator, sources)
                        : Figure.of(metric.kind(), district.code(), district.name(), numerator, denominator, partial,
                                sources);
                // a registry count that is missing (or, for a rate of at most the whole, below the numerator)
                // leaves the district out of the municipal figure, but it still contributes (section 8): its
                // partial submission makes the municipal figure partial
                boolean pooled = !overWhole && (!byRegistry || registryCount != null);
                if (pooled) {
                    pool.add(numerator, denominator, partial, sources.get(0));
                } else {
                    pool.partial |= partial;
                }
            }
            String name = Chinese.text("municipality.name");
            if (!pool.anySubmitted) {
                figures[0] = Figure.missing(Statistic.ALL, name, Status.NOT_SUBMITTED);
            } else if (!pool.anyCollected) {
                figures[0] = Figure.notCollected(Statistic.ALL, name, pool.sources);
            } else {
                figures[0] = Figure.of(metric.kind(), Statistic.ALL, name, pool.numerator,
                        metric.kind().isCount() ? null : pool.denominator, pool.partial, pool.sources);
            }
            return figures;
        }
    }

    /**
     * A dataset's submissions in force in a year, by the district's place in the registry: their
     * totals (null for none), their part of the fingerprints, and whether a file was rejected whole.
     */
    private static final class Submitted {

        final SubmittedTotals[] totals;
        /** The submission's source, year:district:dataset:SHA-256, alone in a list; null for none. */
        final List<String>[] sources;
        final boolean[] rejected;

        @SuppressWarnings("unchecked")
        Submitted(int year, Dataset dataset, List<District> registry, Map<String, SubmittedTotals> submitted,
                  Set<String> rejectedCodes) {
            totals = new SubmittedTotals[registry.size()];
            sources = new List[registry.size()];
            rejected = new boolean[registry.size()];
            for (int i = 0; i < registry.size(); i++) {
                String code = registry.get(i).code();
                totals[i] = submitted.get(code);
                if (totals[i] != null) {
                    sources[i] = List.of(year + ":" + code + ":" + dataset.fileName() + ":" + totals[i].sha256());
                }
                rejected[i] = rejectedCodes.contains(code);
            }
        }
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
    private static boolean notCollected(Metric metric, List<String> sourceColumns, boolean v3,
                                        SubmittedTotals totals) {
        if (!v3) {
            return true;
        }
        for (String column : sourceColumns) {
            if (totals.lacks(metric.dataset(), column)) {
                return true;
            }
        }
        return false;
    }

    private static Integer registryCount(District district, String count) {
        return switch (count) {
            case Measure.DEPUTIES -> district.deputies();
            case Measure.DEPUTIES_ALL_LEVELS -> district.deputiesAllLevels();
            case Measure.TOWNSHIPS -> district.townships();
            default -> throw new IllegalArgumentException("No registry count " + count);
        };
    }

    /**
     * Standard competition ranking (1, 2, 2, 4) on the exact values, highest first: each figure's
     * rank by its place, 0 for the municipality and for a figure without a value.
     */
    private static int[] ranks(Figure[] figures) {
        List<Integer> ranked = new ArrayList<>(figures.length);
        for (int i = 1; i < figures.length; i++) {
            if (figures[i].exact != null) {
                ranked.add(i);
            }
        }
        ranked.sort((a, b) -> figures[b].exact.compareTo(figures[a].exact));
        int[] ranks = new int[figures.length];
        for (int k = 0; k < ranked.size(); k++) {
            int i = ranked.get(k);
            boolean tied = k > 0 && figures[i].exact.compareTo(figures[ranked.get(k - 1)].exact) == 0;
            ranks[i] = tied ? ranks[ranked.get(k - 1)] : k + 1;
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

    /**
     * SHA-256 over the distinct sources of both years, sorted, one a line; remembered, as the
     * figures of a district's dataset share their lists of sources, and most municipal figures of a
     * dataset have the same sources.
     */
    private static final class Fingerprints {

        private final MessageDigest digest = sha256();
        private final Map<List<String>, Map<List<String>, String>> bySameLists = new IdentityHashMap<>();
        private final Map<List<List<String>>, String> byEqualLists = new HashMap<>();

        String of(List<String> now, List<String> before) {
            if (now.size() + before.size() > 2) {
                return byEqualLists.computeIfAbsent(List.of(now, before), k -> compute(now, before));
            }
            return bySameLists.computeIfAbsent(now, k -> new IdentityHashMap<>())
                    .computeIfAbsent(before, k -> compute(now, before));
        }

        private String compute(List<String> now, List<String> before) {
            List<String> sources = new ArrayList<>(now.size() + before.size());
            sources.addAll(now);
            sources.addAll(before);
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
