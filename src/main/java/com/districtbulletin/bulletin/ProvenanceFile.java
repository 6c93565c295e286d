package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.data.SubmissionInForce;

import com.districtbulletin.output.CsvOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code provenance-<year>.csv}: every submission file in force the bulletin's figures come from
 * (the year and the year before), with its SHA-256 and row counts — for analysts, out of the
 * leaders' way. UTF-8 with BOM, like the product's other CSV files.
 */
final class ProvenanceFile {

    static final List<String> HEADER = List.of("year", "district_code", "district_name", "dataset", "file", "sha256",
            "rows_accepted", "rows_rejected");

    private ProvenanceFile() {
    }

    static String fileName(int year) {
        return "provenance-" + year + ".csv";
    }

    static byte[] bytes(BulletinData data) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        data.districts().forEach(d -> {
            order.put(d.code(), order.size());
            names.put(d.code(), d.name());
        });
        List<SubmissionInForce> sorted = new ArrayList<>(data.submissions());
        sorted.sort(Comparator.comparing((SubmissionInForce s) -> -s.year())
                .thenComparing(s -> order.getOrDefault(s.districtCode(), Integer.MAX_VALUE))
                .thenComparing(s -> s.dataset().ordinal())
                .thenComparing(SubmissionInForce::filePath));
        List<List<?>> rows = new ArrayList<>(sorted.size());
        for (SubmissionInForce s : sorted) {
            rows.add(List.of(s.year(), s.districtCode(), names.getOrDefault(s.districtCode(), ""),
                    s.dataset().fileName(), s.filePath(), s.sha256(), s.rowsAccepted(), s.rowsRejected()));
        }
        return CsvOutput.bytes(HEADER, rows);
    }
}
