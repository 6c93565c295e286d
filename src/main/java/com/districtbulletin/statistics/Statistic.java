package com.districtbulletin.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One figure of the year: a metric's value for a district or for the municipality ({@code ALL}).
 *
 * @param numerator   what was counted or summed; null when not submitted
 * @param denominator what a rate divides by (for per 100 deputies: the deputies); null for counts
 * @param value       the published value (rates rounded half-up to one decimal); null when not
 *                    submitted or not applicable
 * @param rank        standard competition rank among districts; null for ALL and unranked metrics
 * @param yoyChange   change from the previous year's published value; null when either is missing
 * @param fingerprint SHA-256 over the fingerprints of the submissions it was computed from
 */
public record Statistic(int year, String districtCode, String districtName, Metric metric, BigInteger numerator,
                        BigInteger denominator, BigDecimal value, Integer rank, BigDecimal yoyChange, Status status,
                        String fingerprint) {

    public static final String ALL = "ALL";

    public boolean isMunicipality() {
        return ALL.equals(districtCode);
    }

    public Statistic withRank(Integer newRank) {
        return new Statistic(year, districtCode, districtName, metric, numerator, denominator, value, newRank,
                yoyChange, status, fingerprint);
    }
}
