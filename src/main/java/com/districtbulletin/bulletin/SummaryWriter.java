package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.bulletin.data.BulletinData;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Measure;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The 综述: prose written from the figures by the rules of the data contract (section 9.1). Every
 * number in it is a number of statistics.csv; every sentence is a template of zh.properties.
 *
 * <ul>
 * <li>Counts are 最多/最少, rates 最高/最低; ties say 并列; only ranked metrics name leaders.</li>
 * <li>A district whose dataset had 10 % or more of its rows rejected is never named as highest,
 * lowest or largest change; the paragraph says its figures are incomplete instead.</li>
 * <li>No per-number marks: a paragraph whose figures include partial ones ends with one sentence
 * naming those districts.</li>
 * <li>A rate is given with its count; 全部/均 only when numerator and denominator are equal.</li>
 * <li>未通过审核 (file rejected whole) is told apart from 未报送; nothing is said of zero districts.</li>
 * </ul>
 */
final class SummaryWriter {

    /** Beyond this many districts, a sentence gives their number instead of their names. */
    static final int NAMES_LISTED = 10;

    private final BulletinData data;
    private final Figures figures;
    private final Completeness completeness;
    private final List<Dataset> datasets;

    SummaryWriter(BulletinData data, Figures figures) {
        this.data = data;
        this.figures = figures;
        this.completeness = new Completeness(data);
        this.datasets = ReportedDatasets.of(data);
    }

    /** The summary's paragraphs: the opening, then one for each section of the bulletin. */
    List<List<Span>> paragraphs() {
        List<List<Span>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(Span.text(opening())));
        int n = 0;
        for (SectionPlans.Plan plan : ReportedDatasets.sections(data)) {
            paragraphs.add(List.of(Span.text(section(plan, n++))));
        }
        return paragraphs;
    }

    /** Who reported what this year: no "0个区（县）", 全部/均 only when every district did. */
    String opening() {
        List<District> districts = figures.districts();
        int complete = 0;
        List<String> gaps = new ArrayList<>();
        int silent = 0;
        for (District d : districts) {
            List<String> missing = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            for (Dataset dataset : datasets) {
                Status status = figures.of(MetricCatalogue.of(dataset).get(0), d.code()).status();
                if (status == Status.NOT_SUBMITTED) {
                    missing.add(DatasetSection.title(dataset));
                } else if (status == Status.REJECTED) {
                    rejected.add(DatasetSection.title(dataset));
                }
            }
            if (missing.isEmpty() && rejected.isEmpty()) {
                complete++;
                continue;
            }
            if (missing.size() == datasets.size()) {
                silent++;
            }
            List<String> parts = new ArrayList<>();
            if (!missing.isEmpty()) {
                parts.add(Chinese.text("bulletin.summary.gapMissing", join(missing)));
            }
            if (!rejected.isEmpty()) {
                parts.add(Chinese.text("bulletin.summary.gapRejected", join(rejected)));
            }
            gaps.add(d.name() + String.join(Chinese.text("bulletin.summary.listSeparator"), parts));
        }
        if (silent == districts.size()) {
            return Chinese.text("bulletin.summary.nothing", data.year(), districts.size());
        }
        String kinds = join(datasets.stream().map(DatasetSection::title).toList());
        StringBuilder text = new StringBuilder(Chinese.text("bulletin.summary.opening", data.year(), districts.size()));
        if (complete == districts.size()) {
            text.append(Chinese.text("bulletin.summary.allComplete", kinds));
        } else if (complete > 0) {
            text.append(Chinese.text("bulletin.summary.someComplete", complete, kinds));
        }
        if (!gaps.isEmpty()) {
            text.append(gaps.size() > NAMES_LISTED
                    ? Chinese.text("bulletin.summary.gapsCounted", gaps.size())
                    : Chinese.text("bulletin.summary.gaps", String.join(Chinese.text("bulletin.summary.listSeparator"),
                            gaps)));
        }
        return text.toString();
    }

    /**
     * One section: its lead, then for each of its datasets the municipal figures, the leaders, the
     * largest changes and the gaps; then the one closing sentence on the section's partial figures.
     */
    String section(SectionPlans.Plan plan, int index) {
        String[] numerals = Chinese.text("bulletin.numerals").split(",");
        StringBuilder text = new StringBuilder(Chinese.text("bulletin.summary.datasetLead", numerals[index],
                GroupSection.title(plan)));
        Set<String> incomplete = new LinkedHashSet<>();
        List<String> partial = new ArrayList<>();
        List<Dataset> datasets = plan.datasets();
        for (int i = 0; i < datasets.size(); i++) {
            // the districts whose figures in the paragraph are 未采集 are named once, in its last 未报送 sentence
            String notCollected = i == datasets.size() - 1 ? notCollected(datasets) : null;
            text.append(dataset(datasets.get(i), incomplete, partial, notCollected));
        }
        text.append(partialClosing(partial, incomplete));
        return text.toString();
    }

    /** One dataset's sentences; its districts with partial figures are added to {@code partial}. */
    private String dataset(Dataset dataset, Set<String> incomplete, List<String> partial, String notCollected) {
        List<Metric> metrics = figures.shown(dataset);
        Metric first = metrics.get(0);
        List<Metric> said = inClauseOrder(metrics);
        Statistic municipal = figures.municipal(first);
        if (municipal.status() == Status.NOT_SUBMITTED || municipal.status() == Status.REJECTED) {
            if (figures.rejected(first).isEmpty()) {
                return Chinese.text("bulletin.summary.noneSubmitted", DatasetSection.title(dataset));
            }
            return Chinese.text("bulletin.summary.noneInForce", DatasetSection.title(dataset))
                    + gaps(dataset, first, notCollected);
        }
        StringBuilder text = new StringBuilder();
        List<String> clauses = new ArrayList<>();
        Metric previous = null;
        for (Metric metric : said) {
            Statistic s = figures.municipal(metric);
            if (s.value() != null && !saidByAShare(metric, s)) {
                if (joinsThePrevious(metric, previous)) {
                    // 带队招商考察24次91天: a bare measure joins the clause before it
                    clauses.set(clauses.size() - 1, joined(clauses.get(clauses.size() - 1), figures.municipal(previous),
                            metric, s));
                } else {
                    clauses.add(clause(metric, s, clauses.isEmpty()));
                }
                previous = metric;
            } else {
                previous = null;
            }
        }
        if (!clauses.isEmpty()) {
            text.append(String.join(Chinese.text("bulletin.summary.clauseSeparator"), clauses))
                    .append(Chinese.text("bulletin.summary.sentenceEnd"));
        }
        Set<String> passedOver = new LinkedHashSet<>();
        for (Metric metric : ChartPlan.acrossDistricts(dataset)) {
            text.append(leaders(metric, passedOver));
        }
        for (Metric metric : ChartPlan.yearOnYear(dataset)) {
            text.append(largestChanges(metric, passedOver));
        }
        text.append(gaps(dataset, first, notCollected));
        text.append(scope(dataset));
        text.append(collectedScope(metrics));
        List<Statistic> partialFigures = figures.districtsOf(first).stream().filter(FigureText::isPartial).toList();
        if (!partialFigures.isEmpty()) {
            partial.add(Chinese.text("bulletin.summary.partialPart", names(partialFigures),
                    DatasetSection.title(dataset)));
            partialFigures.stream().map(Statistic::districtCode).filter(code -> isIncomplete(code, dataset))
                    .forEach(incomplete::add);
        }
        return text.toString();
    }

    /**
     * The metrics in the order of their clauses: the catalogue's, except that a difference of two sums
     * is said right after the last metric measuring what it subtracts (正在办理N条 after 办结办复…条，
     * 办结率…%), as the work reports put it.
     */
    static List<Metric> inClauseOrder(List<Metric> metrics) {
        List<Metric> ordered = new ArrayList<>(metrics);
        for (Metric m : metrics) {
            Measure less = m.numerator().less();
            if (less == null) {
                continue;
            }
            Metric target = null;
            for (Metric other : ordered) {
                Measure n = other.numerator();
                if (other != m && n.less() == null && n.form() == less.form()
                        && java.util.Objects.equals(n.column(), less.column()) && n.filter().equals(less.filter())) {
                    target = other;
                }
            }
            if (target != null) {
                ordered.remove(m);
                ordered.add(ordered.indexOf(target) + 1, m);
            }
        }
        return ordered;
    }

    /**
     * Whether a count is said by a share of its dataset instead ("办结120件，办结率96.0%" rather than
     * "办结代表建议和议案120件" as well): a rate with a share wording whose numerator is the same
     * measure and, for the municipality, the same number.
     */
    private boolean saidByAShare(Metric count, Statistic value) {
        if (count.kind() != MetricKind.COUNT) {
            return false;
        }
        for (Metric rate : figures.shown(count.dataset())) {
            if (rate.kind() != MetricKind.RATE || !rate.numerator().equals(count.numerator())
                    || !Chinese.has("bulletin.share." + rate.id())) {
                continue;
            }
            Statistic r = figures.municipal(rate);
            if (r.value() != null && r.numerator() != null
                    && new BigDecimal(r.numerator().toString()).compareTo(value.value()) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "全市共召开常委会会议82次，同比增加8次" for a count; for a rate its count and share from the
     * metric's share template ("已办结120件，办结率96.0%"), or its 全部/均 wording when every record
     * qualifies.
     */
    String clause(Metric metric, Statistic s, boolean first) {
        if (metric.kind() == MetricKind.COUNT) {
            String said = metric.phrase() == null ? metric.shortName() + s.value().toPlainString() + metric.unit()
                    : metric.phrase().clause(s.value().toPlainString());
            return Chinese.text(first ? "bulletin.summary.countFirst" : "bulletin.summary.count", said)
                    + change(metric, s.yoyChange());
        }
        String prefix = first ? Chinese.text("bulletin.summary.municipalPrefix") : "";
        if (metric.kind() == MetricKind.RATE && s.numerator() != null && s.denominator() != null) {
            boolean all = s.numerator().equals(s.denominator());
            String key = "bulletin.share." + (all ? "all." : "") + metric.id();
            if (Chinese.has(key)) {
                return prefix + Chinese.text(key, s.numerator(), s.value().toPlainString(), s.denominator())
                        + change(metric, s.yoyChange());
            }
        }
        if (metric.phrase() != null) {
            // 站点覆盖87.5%的乡镇（街道）: a rate the catalogue phrases
            return prefix + metric.phrase().clause(s.value().toPlainString()) + change(metric, s.yoyChange());
        }
        return prefix + Chinese.text("bulletin.summary.rate", metric.shortName()) + s.value().toPlainString()
                + unitAfterNumber(metric) + change(metric, s.yoyChange());
    }

    /**
     * Whether a count joins the clause before it: its phrase is its measure word alone (招商考察…天
     * after 带队招商考察…次), and the metric before it was said.
     */
    static boolean joinsThePrevious(Metric metric, Metric previous) {
        return previous != null && previous.kind() == MetricKind.COUNT && metric.kind() == MetricKind.COUNT
                && metric.phrase() != null && metric.phrase().verb().isEmpty() && metric.phrase().object().isEmpty();
    }

    /**
     * The clause before with the joined count after its number (带队招商考察24次91天) and the two
     * changes after both (，同比增加2次、增加10天).
     */
    private String joined(String before, Statistic previous, Metric metric, Statistic s) {
        String change = change(previous.metric(), previous.yoyChange());
        String said = before.substring(0, before.length() - change.length()) + metric.phrase().clause(
                s.value().toPlainString());
        if (s.yoyChange() == null) {
            return said + change;
        }
        if (change.isEmpty()) {
            return said + change(metric, s.yoyChange());
        }
        int sign = s.yoyChange().signum();
        return said + change + Chinese.text("bulletin.summary.change.joined." + (sign > 0 ? "up" : sign < 0 ? "down"
                : "same"), s.yoyChange().abs().toPlainString(), metric.unit());
    }

    /** "，同比增加8次" / "，同比下降0.3个百分点" / "，与上年持平"; nothing without last year's figure. */
    static String change(Metric metric, BigDecimal change) {
        if (change == null) {
            return "";
        }
        String kind = metric.kind() == MetricKind.COUNT ? "count" : "rate";
        String unit = metric.kind() == MetricKind.COUNT ? metric.unit() : "";
        if (metric.kind() == MetricKind.PER_100_DEPUTIES) {
            kind = "count";
            unit = metric.unit();
        }
        int sign = change.signum();
        String key = sign > 0 ? "up" : sign < 0 ? "down" : "same";
        return Chinese.text("bulletin.summary.change." + kind + "." + key, change.abs().toPlainString(), unit);
    }

    /**
     * The district(s) with the highest value (最多 for counts, 最高 for rates, 并列 on a tie) and,
     * for rates, the lowest; districts with incomplete data are passed over, and the sentence says so.
     */
    String leaders(Metric metric, Set<String> incomplete) {
        if (!metric.ranked()) {
            return "";
        }
        List<Statistic> ranked = figures.districtsOf(metric).stream().filter(s -> s.rank() != null)
                .sorted(Comparator.comparing(Statistic::rank)).toList();
        List<Statistic> eligible = new ArrayList<>();
        List<Statistic> passedOver = new ArrayList<>();
        for (Statistic s : ranked) {
            if (isIncomplete(s.districtCode(), metric.dataset())) {
                incomplete.add(s.districtCode());
                passedOver.add(s);
            } else {
                eligible.add(s);
            }
        }
        if (eligible.size() < 2) {
            return "";
        }
        String kind = metric.kind() == MetricKind.COUNT ? "count" : "rate";
        StringBuilder text = new StringBuilder();
        int topRank = eligible.get(0).rank();
        int lastRank = eligible.get(eligible.size() - 1).rank();
        boolean rate = metric.kind() != MetricKind.COUNT;
        if (passedOver.stream().anyMatch(s -> s.rank() <= topRank || (rate && s.rank() >= lastRank))) {
            text.append(Chinese.text("bulletin.summary.amongComplete"));
        }
        List<Statistic> top = tiedWith(eligible, eligible.get(0));
        if (top.size() == eligible.size()) {
            // every district compared has the same value: no leader to name
            return text.append(Chinese.text("bulletin.summary.allEqual", eligible.size(), metric.shortName(),
                    figure(metric, top.get(0)))).toString();
        }
        text.append(Chinese.text("bulletin.summary.most." + kind + (top.size() > 1 ? ".tied" : ""),
                metric.shortName(), names(top), figure(metric, top.get(0))));
        Statistic last = eligible.get(eligible.size() - 1);
        if (rate && last.value().compareTo(top.get(0).value()) != 0) {
            List<Statistic> bottom = tiedWith(eligible, last);
            text.append(Chinese.text("bulletin.summary.least." + kind + (bottom.size() > 1 ? ".tied" : ""),
                    names(bottom), figure(metric, last)));
        }
        text.append(Chinese.text("bulletin.summary.sentenceEnd"));
        return text.toString();
    }

    /** The figures that rank equal with {@code s} (the same rank: equal unrounded values). */
    private static List<Statistic> tiedWith(List<Statistic> eligible, Statistic s) {
        return eligible.stream().filter(x -> x.rank().equals(s.rank())).toList();
    }

    private static String figure(Metric metric, Statistic s) {
        return s.value().toPlainString() + unitAfterNumber(metric);
    }

    /** The district(s) whose figure rose most, and fell most, on last year (ranked metrics, complete data). */
    String largestChanges(Metric metric, Set<String> incomplete) {
        if (!metric.ranked()) {
            return "";
        }
        List<Statistic> changed = new ArrayList<>();
        for (Statistic s : figures.districtsOf(metric)) {
            if (s.yoyChange() == null) {
                continue;
            }
            if (isIncomplete(s.districtCode(), metric.dataset())) {
                incomplete.add(s.districtCode());
            } else {
                changed.add(s);
            }
        }
        if (changed.isEmpty()) {
            return "";
        }
        BigDecimal max = changed.stream().map(Statistic::yoyChange).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal min = changed.stream().map(Statistic::yoyChange).min(Comparator.naturalOrder()).orElseThrow();
        String kind = metric.kind() == MetricKind.RATE ? "rate" : "count";
        String unit = metric.kind() == MetricKind.RATE ? "" : metric.unit();
        List<String> parts = new ArrayList<>();
        if (max.signum() > 0) {
            List<Statistic> rose = with(changed, max);
            parts.add(Chinese.text("bulletin.summary.rose." + kind + (rose.size() > 1 ? ".tied" : ""), names(rose),
                    max.abs().toPlainString(), unit));
        }
        if (min.signum() < 0) {
            List<Statistic> fell = with(changed, min);
            parts.add(Chinese.text("bulletin.summary.fell." + kind + (fell.size() > 1 ? ".tied" : ""), names(fell),
                    min.abs().toPlainString(), unit));
        }
        if (parts.isEmpty()) {
            return Chinese.text("bulletin.summary.unchanged", metric.shortName());
        }
        return Chinese.text("bulletin.summary.changes", metric.shortName(),
                String.join(Chinese.text("bulletin.summary.clauseSeparator"), parts));
    }

    private static List<Statistic> with(List<Statistic> figures, BigDecimal change) {
        return figures.stream().filter(s -> s.yoyChange().compareTo(change) == 0).toList();
    }

    /**
     * 未报送 and 未通过审核, told apart, then {@code notCollected} (the paragraph's 未采集 districts);
     * nothing when every district submitted and none is 未采集.
     */
    private String gaps(Dataset dataset, Metric metric, String notCollected) {
        List<Statistic> missing = figures.notSubmitted(metric);
        List<Statistic> rejected = figures.rejected(metric);
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(Chinese.text("bulletin.summary.notSubmitted", names(missing), DatasetSection.title(dataset)));
        }
        if (!rejected.isEmpty()) {
            parts.add(Chinese.text("bulletin.summary.rejected", names(rejected), DatasetSection.title(dataset)));
        }
        if (notCollected != null) {
            parts.add(notCollected);
        }
        if (parts.isEmpty()) {
            return "";
        }
        return String.join(Chinese.text("bulletin.summary.listSeparator"), parts)
                + Chinese.text("bulletin.summary.gapsEnd");
    }

    /**
     * "青溪区、云台区报送的文件未含部分新增的列，相应指标为“未采集”": the districts with a figure 未采集
     * among the datasets' metrics shown (contract v3 10.1, 10.20), in display order; null when none.
     */
    private String notCollected(List<Dataset> datasets) {
        Set<String> codes = new LinkedHashSet<>();
        for (District d : figures.districts()) {
            for (Dataset dataset : datasets) {
                for (Metric m : figures.shown(dataset)) {
                    if (figures.of(m, d.code()).status() == Status.NOT_COLLECTED) {
                        codes.add(d.code());
                    }
                }
            }
        }
        if (codes.isEmpty()) {
            return null;
        }
        return Chinese.text("bulletin.summary.notCollected", codes.size() > NAMES_LISTED
                ? Chinese.text("bulletin.summary.manyDistricts", codes.size())
                : join(codes.stream().map(figures::name).toList()));
    }

    /**
     * The paragraph's one closing sentence on partial figures: the districts whose data in it are
     * partial, dataset by dataset, those with incomplete data (10 % or more rows rejected) said apart.
     */
    private String partialClosing(List<String> partial, Set<String> incomplete) {
        if (partial.isEmpty()) {
            return "";
        }
        String text = Chinese.text("bulletin.summary.partialClosing",
                String.join(Chinese.text("bulletin.summary.listSeparator"), partial));
        if (!incomplete.isEmpty()) {
            text += Chinese.text("bulletin.summary.incompleteClosing",
                    join(incomplete.stream().map(figures::name).toList()));
        }
        return text;
    }

    boolean isIncomplete(String districtCode, Dataset dataset) {
        return completeness.isIncomplete(districtCode, dataset);
    }

    /** This year's submissions to scope: when a different number of districts reported last year, the totals say so. */
    private String scope(Dataset dataset) {
        long now = data.submissionsOf(data.year()).stream().filter(s -> s.dataset() == dataset).count();
        long before = data.submissionsOf(data.year() - 1).stream().filter(s -> s.dataset() == dataset).count();
        if (now == before || before == 0) {
            return "";
        }
        return Chinese.text("bulletin.summary.scope", now, before, DatasetSection.title(dataset));
    }

    /**
     * Contract v3 10.17: beside the municipal changes of v3-dependent figures, when the districts that
     * give a figure this year are not those that gave it last year, one sentence per such set of
     * figures saying how many districts each year.
     */
    private String collectedScope(List<Metric> metrics) {
        Map<CollectedBy, List<Metric>> byDistricts = new LinkedHashMap<>();
        for (Metric m : metrics) {
            if (!m.v3Dependent() || figures.municipal(m).yoyChange() == null) {
                continue;
            }
            Set<String> now = figures.districtsOf(m).stream().filter(s -> s.value() != null)
                    .map(Statistic::districtCode).collect(Collectors.toCollection(TreeSet::new));
            Set<String> before = data.trends().withValue(data.year() - 1, m);
            if (!before.isEmpty() && !now.equals(before)) {
                byDistricts.computeIfAbsent(new CollectedBy(now, before), k -> new ArrayList<>()).add(m);
            }
        }
        StringBuilder text = new StringBuilder();
        byDistricts.forEach((by, said) -> {
            String named = join(said.stream().map(Metric::shortName).toList());
            text.append(by.now().size() == by.before().size()
                    ? Chinese.text("bulletin.summary.collectedScope.sameCount", named, by.now().size())
                    : Chinese.text("bulletin.summary.collectedScope", named, by.now().size(), by.before().size()));
        });
        return text.toString();
    }

    /** The districts that give a figure this year and those that gave it last year. */
    private record CollectedBy(Set<String> now, Set<String> before) {
    }

    private String names(List<Statistic> statistics) {
        if (statistics.size() > NAMES_LISTED) {
            return Chinese.text("bulletin.summary.manyDistricts", statistics.size());
        }
        return join(statistics.stream().map(s -> figures.name(s.districtCode())).toList());
    }

    private static String join(List<String> names) {
        return String.join(Chinese.text("bulletin.summary.nameSeparator"), names);
    }

    static String unitAfterNumber(Metric metric) {
        return metric.kind() == MetricKind.RATE ? "%" : metric.unit();
    }
}
