package com.districtbulletin.edition;

import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCalculator;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.Version;
import com.districtbulletin.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Settles what a run publishes for a year (contract section 7): a provisional edition while the
 * year is open, the final edition that closes it, or a revision of a closed year that puts its
 * pending versions in force. An edition is recorded first (computing), then its figures are
 * computed and stored with it (publishing), then its files are written from what is stored
 * (published): each stage its own transaction, so a run that dies is finished by the next one.
 */
@Component
public class Editions {

    private final EditionStore editions;
    private final SubmissionStore submissions;
    private final StatisticsCalculator calculator;
    private final StatisticStore statistics;
    private final DistrictStore districts;

    public Editions(EditionStore editions, SubmissionStore submissions, StatisticsCalculator calculator,
                    StatisticStore statistics, DistrictStore districts) {
        this.editions = editions;
        this.submissions = submissions;
        this.calculator = calculator;
        this.statistics = statistics;
        this.districts = districts;
    }

    /** What settling a year came to. */
    public enum Outcome {
        /** An edition was computed; its files are to be written. */
        PUBLISHING,
        /** Open year whose submissions did not change since its last edition (nightly runs only). */
        UNCHANGED,
        /** A provisional run met a closed year: nothing published, its pending versions wait. */
        CLOSED,
        /** The final edition was asked again with nothing pending: nothing changes. */
        NOTHING_TO_REVISE,
        /** The year has no submission in force (every file of it rejected): no edition, no bulletin. */
        NOTHING_ACCEPTED
    }

    /**
     * @param pending         the year's versions pending revision (for CLOSED), or put in force (for a revision)
     * @param registryChanged whether the registry as the year's figures use it changed since the year's
     *                        last final edition (for CLOSED and a revision), or since its last edition
     *                        (for a provisional or final edition)
     */
    public record Settled(int year, Outcome outcome, EditionRecord edition, List<Version> pending,
                          boolean registryChanged) {

        Settled(int year, Outcome outcome, EditionRecord edition, List<Version> pending) {
            this(year, outcome, edition, pending, false);
        }
    }

    /** The years whose final edition is published: closed years. */
    public java.util.Set<Integer> closedYears() {
        return editions.closedYears();
    }

    /** The open years with submissions, oldest first: what a run over the open years looks at. */
    public List<Integer> openYears() {
        java.util.Set<Integer> closed = editions.closedYears();
        return submissions.yearsWithSubmissions().stream().filter(y -> !closed.contains(y)).toList();
    }

    /**
     * Settles {@code year} for a run asking for {@code requested}: records the edition to publish,
     * its figures not computed yet ({@link #compute}), and for a revision puts the pending versions
     * in force — committed before the figures are computed, which read what is committed.
     *
     * @param onlyIfChanged a provisional edition only when the year has none yet or its submissions
     *                      or the registry changed since its last one (the nightly run over open years)
     */
    public Settled settle(int year, Edition requested, boolean onlyIfChanged, Long jobExecutionId) {
        String registry = registryFingerprint(year);
        Optional<EditionRecord> lastFinal = editions.latestFinal(year);
        if (lastFinal.isPresent()) {
            if (requested != Edition.FINAL) {
                return new Settled(year, Outcome.CLOSED, lastFinal.get(), submissions.pending(year),
                        !registry.equals(lastFinal.get().registryFingerprint()));
            }
            List<Version> pending = submissions.pending(year);
            if (pending.isEmpty() && registry.equals(lastFinal.get().registryFingerprint())) {
                return new Settled(year, Outcome.NOTHING_TO_REVISE, lastFinal.get(), List.of());
            }
            submissions.putPendingInForce(year);
            EditionRecord revision = editions.create(year, Edition.FINAL, lastFinal.get().finalRevision() + 1,
                    inputFingerprint(year), registry, submissions.lastVersionId(), jobExecutionId);
            return new Settled(year, Outcome.PUBLISHING, revision, pending,
                    !registry.equals(lastFinal.get().registryFingerprint()));
        }
        if (!submissions.hasInForce(year)) {
            // a bulletin of 未报送 only tells nobody anything; the year's report and receipts say what went wrong
            return new Settled(year, Outcome.NOTHING_ACCEPTED, null, List.of());
        }
        String input = inputFingerprint(year);
        Optional<EditionRecord> last = editions.latest(year);
        if (onlyIfChanged && last.isPresent() && last.get().inputFingerprint().equals(input)) {
            return new Settled(year, Outcome.UNCHANGED, last.get(), List.of());
        }
        EditionRecord edition = editions.create(year, requested, requested == Edition.FINAL ? 0 : null, input,
                registry, submissions.lastVersionId(), jobExecutionId);
        return new Settled(year, Outcome.PUBLISHING, edition, List.of(),
                last.isPresent() && !registry.equals(last.get().registryFingerprint()));
    }

    /**
     * The closed years whose registry, as their figures use it, changed since their latest final
     * edition: a revision would change their figures, though no file of theirs was read.
     */
    public java.util.Set<Integer> closedYearsWithRegistryChange() {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (int year : editions.closedYears()) {
            editions.latestFinal(year).filter(f -> !registryFingerprint(year).equals(f.registryFingerprint()))
                    .ifPresent(f -> years.add(year));
        }
        return years;
    }

    /**
     * The years with submissions in which the district exists and has no version in force or
     * pending: where the statistics and the bulletin list it as 未报送.
     */
    public List<Integer> yearsNotSubmitted(String districtCode) {
        District district = districts.all().stream().filter(d -> d.code().equals(districtCode)).findFirst()
                .orElse(null);
        if (district == null) {
            return List.of();
        }
        java.util.Set<Integer> submitted = submissions.yearsSubmittedBy(districtCode);
        return submissions.yearsWithSubmissions().stream()
                .filter(y -> district.existsIn(y) && !submitted.contains(y)).toList();
    }

    /**
     * Computes and stores the figures of an edition settled before, and makes it ready to publish.
     * For a revision, every figure that changed from the previous final edition — and the
     * following year's year-on-year changes against that year's latest edition, if it is open —
     * is listed with its cause. Returns how many figures were computed.
     */
    public int compute(EditionRecord edition) {
        int year = edition.year();
        List<Statistic> figures = calculator.compute(year);
        String figuresDigest = statistics.replace(year, figures).published();
        List<RevisionLine> lines = new ArrayList<>();
        int computed = figures.size();
        if (edition.isRevision()) {
            EditionRecord previous = editions.finalRevision(year, edition.finalRevision() - 1).orElseThrow();
            RevisionCauses causes = new RevisionCauses(
                    submissions.storedBetween(year, previous.lastSubmissionId(), edition.lastSubmissionId()),
                    submissions.keysInForce(year), !edition.registryFingerprint().equals(previous.registryFingerprint()));
            lines.addAll(RevisionLines.ofYear(editions.figures(previous.id()), figures, causes));
            int next = year + 1;
            // what the following year published last: an edition still being computed or written published nothing
            Optional<EditionRecord> nextEdition = editions.latestPublished(next);
            if (nextEdition.isPresent() && !nextEdition.get().isFinal()) {
                List<Statistic> nextFigures = calculator.compute(next);
                statistics.replace(next, nextFigures);
                lines.addAll(RevisionLines.ofNextYear(editions.figures(nextEdition.get().id()), nextFigures, causes));
                computed += nextFigures.size();
            }
        }
        editions.completeFigures(edition.id(), year, figuresDigest, lines);
        return computed;
    }

    /** What an edition of the year is made from: its submissions and the whole registry (names and order print too). */
    private String inputFingerprint(int year) {
        StringBuilder all = new StringBuilder(submissions.fingerprint(year)).append('\n');
        for (District d : districts.all()) {
            all.append(d).append('\n');
        }
        return Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The registry as the year's figures use it, as one SHA-256: the districts that exist in the
     * year or the year before, with their deputies' and townships' counts. A change here (not of a name, an order
     * or a district of other years) is a revision's cause, districts.csv.
     */
    private String registryFingerprint(int year) {
        StringBuilder used = new StringBuilder();
        for (District d : districts.all()) {
            if (d.existsIn(year) || d.existsIn(year - 1)) {
                used.append(d.code()).append('|').append(d.existsIn(year)).append('|').append(d.existsIn(year - 1))
                        .append('|').append(d.deputies()).append('|').append(d.deputiesAllLevels());
                // contract v3 (section 7): townships → districts.csv; left out when not given, so that a
                // registry without the column keeps the fingerprint its editions were published with
                if (d.townships() != null) {
                    used.append("|townships=").append(d.townships());
                }
                used.append('\n');
            }
        }
        return Sha256.of(used.toString().getBytes(StandardCharsets.UTF_8));
    }

}
