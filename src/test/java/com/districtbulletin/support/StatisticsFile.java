package com.districtbulletin.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** statistics.csv read back, row by district and metric. */
public final class StatisticsFile {

    private final Map<String, CSVRecord> rows = new LinkedHashMap<>();
    private final String headerLine;

    public StatisticsFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new AssertionError("statistics.csv must start with a UTF-8 BOM");
        }
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        headerLine = text.substring(0, text.indexOf('\r'));
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.put(r.get("district_code") + "|" + r.get("metric"), r);
            }
        }
    }

    public String headerLine() {
        return headerLine;
    }

    public int size() {
        return rows.size();
    }

    public CSVRecord row(String district, String metric) {
        CSVRecord r = rows.get(district + "|" + metric);
        if (r == null) {
            throw new AssertionError("No row for " + district + " " + metric);
        }
        return r;
    }

    public String value(String district, String metric) {
        return row(district, metric).get("value");
    }

    public String rank(String district, String metric) {
        return row(district, metric).get("rank");
    }

    public String yoy(String district, String metric) {
        return row(district, metric).get("yoy_change");
    }

    public String status(String district, String metric) {
        return row(district, metric).get("status");
    }

    public Iterable<CSVRecord> all() {
        return rows.values();
    }
}
