package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;
import com.districtbulletin.bulletin.data.Trends;

import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricKind;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trends' sentence, in the manner of the work reports: for each key metric with a municipal
 * value in the bulletin's year, its earliest value in the trend and this year's, each exactly as
 * published — 召开常委会会议由2022年的9次增至2024年的12次, 代表建议解决率由…提高至… — never a sum over
 * years. Partial figures carry no mark: one closing sentence names the years.
 */
final class TrendSentence {

    private TrendSentence() {
    }

    static String of(Composition c) {
        Trends trends = c.data.trends();
        List<String> clauses = new ArrayList<>();
        Set<Integer> partial = new TreeSet<>();
        for (Metric m : TrendSection.metrics(c.data)) {
            Statistic now = trends.of(trends.last(), m, Statistic.ALL);
            if (now == null || now.value() == null) {
                continue;
            }
            Statistic then = null;
            for (int year : trends.years()) {
                Statistic s = trends.of(year, m, Statistic.ALL);
                if (year < trends.last() && s != null && s.value() != null) {
                    then = s;
                    break;
                }
            }
            if (then == null) {
                continue;
            }
            clauses.add(clause(m, then, now));
            for (Statistic s : List.of(then, now)) {
                if (FigureText.isPartial(s)) {
                    partial.add(s.year());
                }
            }
        }
        if (clauses.isEmpty()) {
            return "";
        }
        String sentence = Chinese.text("bulletin.trends.sentence", trends.first(), Chinese.text("municipality.name"),
                String.join(Chinese.text("bulletin.trends.clauseSeparator"), clauses));
        if (!partial.isEmpty()) {
            sentence += Chinese.text("bulletin.trends.partial", String.join(
                    Chinese.text("bulletin.summary.nameSeparator"), partial.stream().map(String::valueOf).toList()));
        }
        return sentence;
    }

    /** 召开常委会会议由2022年的9次增至2024年的12次; 2022年和2024年均为9次 when equal. */
    static String clause(Metric m, Statistic then, Statistic now) {
        String subject = m.phrase() != null ? m.phrase().verb() + m.phrase().object()
                : DatasetSection.title(m.dataset()) + m.shortName();
        String unit = SummaryWriter.unitAfterNumber(m);
        int direction = now.value().compareTo(then.value());
        String kind = m.kind() == MetricKind.COUNT ? "count" : "rate";
        String key = direction > 0 ? "bulletin.trends.clause.up." + kind
                : direction < 0 ? "bulletin.trends.clause.down." + kind : "bulletin.trends.clause.same";
        return Chinese.text(key, subject, then.year(), then.value().toPlainString() + unit, now.year(),
                now.value().toPlainString() + unit);
    }
}
