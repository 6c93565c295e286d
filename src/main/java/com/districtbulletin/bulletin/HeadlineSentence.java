package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;

import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The year's headline sentence, in the manner of the work reports: one clause per headline
 * metric of the catalogue ({@link MetricCatalogue#HEADLINE}), in its order, each with its verb,
 * object and measure word; clauses that share a verb are joined with 、 and the verb said once,
 * groups with ，. A metric of a dataset the bulletin does not report, or without a municipal
 * value, has no clause. Partial figures carry no mark: one closing sentence names the districts.
 */
final class HeadlineSentence {

    private HeadlineSentence() {
    }

    static String of(Composition c) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = null;
        String verb = null;
        Set<String> partial = new LinkedHashSet<>();
        for (Metric metric : MetricCatalogue.HEADLINE) {
            if (!c.datasets.contains(metric.dataset())) {
                continue;
            }
            Statistic total = c.figures.municipal(metric);
            if (total.value() == null) {
                continue;
            }
            String number = total.value().toPlainString();
            if (metric.phrase().verb().equals(verb)) {
                group.append(Chinese.text("bulletin.headline.sameVerb"))
                        .append(metric.phrase().object()).append(number).append(metric.phrase().measureWord());
            } else {
                group = new StringBuilder(metric.phrase().clause(number));
                groups.add(null);
                verb = metric.phrase().verb();
            }
            groups.set(groups.size() - 1, group.toString());
            c.figures.districtsOf(metric).stream().filter(FigureText::isPartial)
                    .forEach(s -> partial.add(c.figures.name(s.districtCode())));
        }
        if (groups.isEmpty()) {
            return "";
        }
        String sentence = Chinese.text("bulletin.headline", c.data.year(),
                String.join(Chinese.text("bulletin.headline.nextVerb"), groups));
        if (!partial.isEmpty()) {
            sentence += Chinese.text("bulletin.headline.partial",
                    String.join(Chinese.text("bulletin.headline.names"), partial));
        }
        return sentence;
    }
}
