package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.bulletin.data.Trends;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.fingerprint.Fingerprint;
import com.districtbulletin.fingerprint.Ledger;
import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.TwoThreadWriting;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each district's profile is a PDF of its own in its folder, whatever the number of districts,
 * {@code districts/<code>/profile-<code>-<year>.pdf}, written straight to its file so that memory
 * does not grow with the number of districts. A profile whose {@link #fingerprint inputs} did not
 * change since the ledger recorded it is left as it is. Embedding the fonts' subsets is most of a
 * small document's cost, so many profiles are written on two threads, the second with font
 * objects of its own; each document is the same whichever thread writes it.
 */
final class ProfileDocuments {

    /** The ledger's kind. */
    static final String PROFILE = "profile";

    /** Below this many profiles to write the second font set is not worth its loading. */
    static final int TWO_THREADS_FROM = 300;

    private ProfileDocuments() {
    }

    static String fileName(String code, int year) {
        return "profile-" + code + "-" + year + ".pdf";
    }

    private record Profile(District district, Path file, String fingerprint) {
    }

    static void write(BulletinData data, Figures figures, Path yearOutput, Ledger ledger) throws IOException {
        Completeness completeness = new Completeness(data);
        List<String> fingerprints = fingerprints(data, figures, completeness);
        List<Profile> changed = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            District d = figures.districts().get(i);
            Path file = yearOutput.resolve("districts").resolve(d.code()).resolve(fileName(d.code(), data.year()));
            if (!ledger.unchanged(PROFILE, file, fingerprints.get(i))) {
                changed.add(new Profile(d, file, fingerprints.get(i)));
            }
        }
        TwoThreadWriting.write(changed, TWO_THREADS_FROM,
                (part, partFonts) -> write(data, figures, completeness, partFonts, part, ledger));
    }

    /** Each district's {@link #fingerprint}, in the order of {@link Figures#districts()}. */
    static List<String> fingerprints(BulletinData data, Figures figures, Completeness completeness) {
        String shared = sharedInputs(data, figures);
        List<Metric> trendMetrics = TrendSection.metrics(data);
        List<String> fingerprints = new ArrayList<>();
        for (District d : figures.districts()) {
            fingerprints.add(fingerprint(shared, data, figures, completeness, trendMetrics, d));
        }
        return fingerprints;
    }

    private static void write(BulletinData data, Figures figures, Completeness completeness, BulletinFonts fonts,
                              List<Profile> profiles, Ledger ledger) throws IOException {
        ProfileDocument document = new ProfileDocument(data, figures, completeness, fonts);
        for (Profile p : profiles) {
            ledger.write(PROFILE, p.file(), p.fingerprint(), out -> document.write(p.district(), p.fingerprint(), out));
        }
    }

    /**
     * The parts of the bulletin data a profile reads only in part, each counted for what it shows
     * (the district's own figures, the municipal ones, the datasets reported, the trend); every other
     * part counts whole, including any the data gain later.
     */
    private static final Set<String> READ_IN_PART = Set.of("districts", "statistics", "submissions", "problems",
            "fingerprint", "details", "trends");

    /**
     * What every profile of the edition prints alike: the year, municipality, edition and revision,
     * publication date (the PDF's dates), creator's version, running title, the datasets reported,
     * the municipal figures and how many districts each metric ranks, and which trend is shown.
     */
    private static String sharedInputs(BulletinData data, Figures figures) {
        Fingerprint f = Fingerprint.of("profile.shared").briefly(Metric.class, Metric::id)
                .briefly(Statistic.class, ProfileDocuments::printed).addExcept(data, READ_IN_PART)
                .add(CoverPage.title(data)).add(data.editionLabel()).add(ReportedDatasets.of(data))
                .add(TrendSection.shown(data)).add(TrendSection.metrics(data)).add(data.trends().years());
        for (Metric m : MetricCatalogue.METRICS) {
            f.add(m).add(figures.rankedCount(m));
            if (figures.hasMunicipal(m)) {
                f.add(figures.municipal(m));
            }
        }
        return f.hex();
    }

    /**
     * What one district's profile is made from: the shared inputs, the district as the registry has
     * it, its figures (value, status, rank — and whether the rank is shared —, change), whether its
     * data of each dataset are complete, and its key figures over the trend's years.
     */
    private static String fingerprint(String shared, BulletinData data, Figures figures, Completeness completeness,
                                      List<Metric> trendMetrics, District d) {
        Fingerprint f = Fingerprint.of(PROFILE).briefly(Metric.class, Metric::id)
                .briefly(Statistic.class, ProfileDocuments::printed).add(shared).add(d);
        for (Metric m : MetricCatalogue.METRICS) {
            Statistic s = figures.find(m, d.code());
            f.add(s).add(s != null && figures.sharedRank(s));
        }
        for (Dataset dataset : java.util.List.of(Dataset.values())) {
            f.add(completeness.isIncomplete(d.code(), dataset));
        }
        Trends trends = data.trends();
        for (int year : trends.years()) {
            f.add(year).add(trends.exists(d.code(), year));
            for (Metric m : trendMetrics) {
                f.add(trends.of(year, m, d.code()));
            }
        }
        return f.hex();
    }

    /**
     * A figure as a profile can print it: all but the digest of the submissions it came from, as one
     * text (each part with its length, null apart): 361k figures a night, each a dozen values.
     */
    private static String printed(Statistic s) {
        StringBuilder text = new StringBuilder(96);
        for (Object part : new Object[] {s.year(), s.districtCode(), s.districtName(), s.metric().id(),
                s.numerator(), s.denominator(), s.value(), s.rank(), s.yoyChange(), s.status()}) {
            if (part == null) {
                text.append('-');
            } else {
                String value = part.toString(); // a decimal with its scale: 1.0 and 1.00 differ
                text.append(value.length()).append(':').append(value);
            }
        }
        return text.toString();
    }
}
