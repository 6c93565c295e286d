package com.districtbulletin.bulletin;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The 综述: prose written from the figures. Totals and rates of the municipality with their
 * change on last year (增加/减少/持平, 提高/下降), the districts that lead on the key metrics, the
 * largest changes, and what was not submitted. Every number in it is a number of statistics.csv.
 */
final class SummaryWriter {

    private final BulletinData data;
    private final Figures figures;

    SummaryWriter(BulletinData data, Figures figures) {
        this.data = data;
        this.figures = figures;
    }

    /** The summary's paragraphs. */
    List<List<Span>> paragraphs() {
        List<List<Span>> paragraphs = new ArrayList<>();
        paragraphs.add(opening());
        int n = 0;
        for (Dataset dataset : SectionPlans.DATASETS) {
            paragraphs.add(dataset(dataset, n++));
        }
        return paragraphs;
    }

    /** Who reported what this year. */
    List<Span> opening() {
        List<Span> spans = new ArrayList<>();
        List<District> districts = figures.districts();
        List<String> complete = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Set<String> partial = new LinkedHashSet<>();
        int silent = 0;
        for (District d : districts) {
            List<String> missing = new ArrayList<>();
            for (Dataset dataset : SectionPlans.DATASETS) {
                Statistic first = figures.of(MetricCatalogue.of(dataset).get(0), d.code());
                if (first.status() == Status.NOT_SUBMITTED) {
                    missing.add(DatasetSection.title(dataset));
                } else if (submission(d.code(), dataset).map(SubmissionInForce::isPartial).orElse(false)) {
                    partial.add(d.name());
                }
            }
            if (missing.isEmpty()) {
                complete.add(d.name());
            } else if (missing.size() == SectionPlans.DATASETS.size()) {
                gaps.add(Chinese.text("bulletin.summary.gapAll", d.name()));
                silent++;
            } else {
                gaps.add(Chinese.text("bulletin.summary.gap", d.name(), join(missing)));
            }
        }
        if (silent == districts.size()) {
            return List.of(Span.text(Chinese.text("bulletin.summary.nothing", data.year(), districts.size())));
        }
        spans.add(Span.text(Chinese.text("bulletin.summary.opening", data.year(), districts.size(),
                complete.size())));
        if (!gaps.isEmpty()) {
            spans.add(Span.text(Chinese.text("bulletin.summary.gaps", String.join(
                    Chinese.text("bulletin.summary.listSeparator"), gaps))));
        }
        if (!partial.isEmpty()) {
            spans.add(Span.text(Chinese.text("bulletin.summary.partialDistricts", join(new ArrayList<>(partial)),
                    partial.size())));
        }
        return spans;
    }

    private java.util.Optional<SubmissionInForce> submission(String code, Dataset dataset) {
        return data.submissionsOf(data.year()).stream()
                .filter(s -> s.districtCode().equals(code) && s.dataset() == dataset).findFirst();
    }

    /** One dataset: its municipal figures, the leaders, the largest changes, the reporting scope. */
    List<Span> dataset(Dataset dataset, int index) {
        List<Span> spans = new ArrayList<>();
        String[] numerals = Chinese.text("bulletin.numerals").split(",");
        spans.add(Span.text(Chinese.text("bulletin.summary.datasetLead", numerals[index],
                DatasetSection.sectionTitle(dataset))));
        List<Metric> metrics = MetricCatalogue.of(dataset).stream().filter(Metric::ranked).toList();
        Statistic first = figures.municipal(metrics.get(0));
        if (first.status() == Status.NOT_SUBMITTED) {
            spans.add(Span.text(Chinese.text("bulletin.summary.noneSubmitted", DatasetSection.title(dataset))));
            return spans;
        }
        boolean firstClause = true;
        for (Metric metric : metrics) {
            Statistic s = figures.municipal(metric);
            if (s.value() == null) {
                continue;
            }
            String separator = firstClause ? "" : Chinese.text("bulletin.summary.clauseSeparator");
            spans.add(Span.text(separator + figureClause(metric, firstClause)));
            spans.add(new Span(s.value().toPlainString() + unitAfterNumber(metric), FigureText.isPartial(s)));
            spans.add(Span.text(change(metric, s.yoyChange())));
            firstClause = false;
        }
        spans.add(Span.text(Chinese.text("bulletin.summary.sentenceEnd")));
        for (Metric metric : ChartPlan.acrossDistricts(dataset)) {
            spans.addAll(leaders(metric));
        }
        for (Metric metric : ChartPlan.yearOnYear(dataset)) {
            spans.addAll(largestChanges(metric));
        }
        spans.addAll(notSubmitted(dataset, metrics.get(0)));
        spans.addAll(scope(dataset));
        return spans;
    }

    /** "全市共召开常委会会议" / "召开主任会议" / "全市整改率为". */
    private static String figureClause(Metric metric, boolean first) {
        String verb = Chinese.has("bulletin.verb." + metric.id()) ? Chinese.text("bulletin.verb." + metric.id()) : "";
        if (metric.kind() == MetricKind.RATE) {
            return Chinese.text(first ? "bulletin.summary.rateFirst" : "bulletin.summary.rate", metric.shortName());
        }
        return Chinese.text(first ? "bulletin.summary.countFirst" : "bulletin.summary.count", verb,
                metric.shortName());
    }

    /** "，同比增加8次" / "，同比下降0.3个百分点" / "，与上年持平"; nothing without last year's figure. */
    static String change(Metric metric, BigDecimal change) {
        if (change == null) {
            return "";
        }
        String kind = metric.kind() == MetricKind.RATE ? "rate" : "count";
        String unit = metric.kind() == MetricKind.RATE ? "" : metric.unit();
        int sign = change.signum();
        String key = sign > 0 ? "up" : sign < 0 ? "down" : "same";
        return Chinese.text("bulletin.summary.change." + kind + "." + key, change.abs().toPlainString(), unit);
    }

    /** The district(s) with the highest value; for rates also the lowest. */
    List<Span> leaders(Metric metric) {
        List<Statistic> ranked = figures.districtsOf(metric).stream().filter(s -> s.rank() != null)
                .sorted(Comparator.comparing(Statistic::rank)).toList();
        if (ranked.size() < 2) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        List<Statistic> top = ranked.stream().filter(s -> s.rank() == 1).toList();
        spans.add(Span.text(Chinese.text(top.size() == 1 ? "bulletin.summary.highest" : "bulletin.summary.highestTied",
                metric.shortName(), names(top))));
        spans.add(new Span(top.get(0).value().toPlainString() + unitAfterNumber(metric),
                top.stream().anyMatch(FigureText::isPartial)));
        int lastRank = ranked.get(ranked.size() - 1).rank();
        if (metric.kind() != MetricKind.COUNT && lastRank > 1) {
            List<Statistic> bottom = ranked.stream().filter(s -> s.rank() == lastRank).toList();
            spans.add(Span.text(Chinese.text("bulletin.summary.lowest", names(bottom))));
            spans.add(new Span(bottom.get(0).value().toPlainString() + unitAfterNumber(metric),
                    bottom.stream().anyMatch(FigureText::isPartial)));
        }
        spans.add(Span.text(Chinese.text("bulletin.summary.leaderEnd")));
        return spans;
    }

    /** The district(s) whose figure rose most, and fell most, on last year. */
    List<Span> largestChanges(Metric metric) {
        List<Statistic> changed = figures.districtsOf(metric).stream().filter(s -> s.yoyChange() != null).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        BigDecimal max = changed.stream().map(Statistic::yoyChange).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal min = changed.stream().map(Statistic::yoyChange).min(Comparator.naturalOrder()).orElseThrow();
        String kind = metric.kind() == MetricKind.RATE ? "rate" : "count";
        String unit = metric.kind() == MetricKind.RATE ? "" : metric.unit();
        List<String> parts = new ArrayList<>();
        if (max.signum() > 0) {
            parts.add(Chinese.text("bulletin.summary.rose." + kind, names(with(changed, max)),
                    max.abs().toPlainString(), unit));
        }
        if (min.signum() < 0) {
            parts.add(Chinese.text("bulletin.summary.fell." + kind, names(with(changed, min)),
                    min.abs().toPlainString(), unit));
        }
        if (parts.isEmpty()) {
            return List.of(Span.text(Chinese.text("bulletin.summary.unchanged", metric.shortName())));
        }
        return List.of(Span.text(Chinese.text("bulletin.summary.changes", metric.shortName(),
                String.join(Chinese.text("bulletin.summary.clauseSeparator"), parts))));
    }

    private static List<Statistic> with(List<Statistic> figures, BigDecimal change) {
        return figures.stream().filter(s -> s.yoyChange().compareTo(change) == 0).toList();
    }

    private List<Span> notSubmitted(Dataset dataset, Metric metric) {
        List<Statistic> missing = figures.notSubmitted(metric);
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(Span.text(Chinese.text("bulletin.summary.notSubmitted", names(missing),
                DatasetSection.title(dataset))));
    }

    /** When a different number of districts reported last year, the change in totals says so. */
    private List<Span> scope(Dataset dataset) {
        long now = data.submissionsOf(data.year()).stream().filter(s -> s.dataset() == dataset).count();
        long before = data.submissionsOf(data.year() - 1).stream().filter(s -> s.dataset() == dataset).count();
        if (now == before || before == 0) {
            return List.of();
        }
        return List.of(Span.text(Chinese.text("bulletin.summary.scope", now, before)));
    }

    private String names(List<Statistic> statistics) {
        return join(statistics.stream().map(s -> name(s.districtCode())).toList());
    }

    private String name(String code) {
        return figures.districts().stream().filter(d -> d.code().equals(code)).map(District::name)
                .filter(Objects::nonNull).findFirst().orElse(code);
    }

    private static String join(List<String> names) {
        return String.join(Chinese.text("bulletin.summary.nameSeparator"), names);
    }

    static String unitAfterNumber(Metric metric) {
        return metric.kind() == MetricKind.RATE ? "%" : metric.unit();
    }
}
