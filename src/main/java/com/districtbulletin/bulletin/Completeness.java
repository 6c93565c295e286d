package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.SubmissionInForce;

import com.districtbulletin.dataset.Dataset;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a district's data of a dataset are complete enough to be named in the prose: a
 * submission with 10 % or more of its rows rejected is incomplete (data contract 9.1), and its
 * district is named as no leader, lowest or largest change.
 */
final class Completeness {

    static final BigDecimal INCOMPLETE_SHARE = new BigDecimal("0.10");

    private final Map<String, SubmissionInForce> submissions = new HashMap<>();

    Completeness(BulletinData data) {
        for (SubmissionInForce s : data.submissionsOf(data.year())) {
            submissions.put(key(s.districtCode(), s.dataset()), s);
        }
    }

    boolean isIncomplete(String districtCode, Dataset dataset) {
        SubmissionInForce s = submissions.get(key(districtCode, dataset));
        if (s == null || s.rowsRejected() == 0) {
            return false;
        }
        BigDecimal rows = BigDecimal.valueOf((long) s.rowsAccepted() + s.rowsRejected());
        return BigDecimal.valueOf(s.rowsRejected()).compareTo(INCOMPLETE_SHARE.multiply(rows)) >= 0;
    }

    private static String key(String districtCode, Dataset dataset) {
        return districtCode + "|" + dataset.name();
    }
}
