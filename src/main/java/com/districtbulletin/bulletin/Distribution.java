package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.Statistic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The districts' published values of one metric, highest first (ties in display order), with
 * the quartiles: linear interpolation between the sorted values (as Excel's QUARTILE.INC),
 * rounded half-up to one decimal.
 */
final class Distribution {

    private final List<Statistic> sorted;

    /** @param districts the districts' figures in display order; those without a value are left out */
    Distribution(List<Statistic> districts) {
        List<Statistic> valued = new ArrayList<>();
        for (Statistic s : districts) {
            if (s.value() != null) {
                valued.add(s);
            }
        }
        valued.sort(Comparator.comparing(Statistic::value).reversed());
        this.sorted = valued;
    }

    /** Highest first. */
    List<Statistic> sorted() {
        return sorted;
    }

    int size() {
        return sorted.size();
    }

    List<Statistic> top(int n) {
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    List<Statistic> bottom(int n) {
        return sorted.subList(Math.max(0, sorted.size() - n), sorted.size());
    }

    /** The value below which a share {@code p} (0.25, 0.5, 0.75) of the districts lie; null without values. */
    BigDecimal quantile(double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        double position = p * (n - 1);
        int below = (int) Math.floor(position);
        BigDecimal low = ascending(below);
        BigDecimal high = ascending(Math.min(n - 1, below + 1));
        BigDecimal fraction = BigDecimal.valueOf(position - below);
        return low.add(high.subtract(low).multiply(fraction)).setScale(1, RoundingMode.HALF_UP);
    }

    private BigDecimal ascending(int i) {
        return sorted.get(sorted.size() - 1 - i).value();
    }
}
