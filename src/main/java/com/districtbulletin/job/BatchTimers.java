package com.districtbulletin.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Spring Batch's timers (spring.batch.*) of the run, as the run summary lists them. */
final class BatchTimers {

    private BatchTimers() {
    }

    static List<Map<String, Object>> of(MeterRegistry meters) {
        List<Map<String, Object>> timers = new ArrayList<>();
        for (Timer timer : meters.find("spring.batch.job").timers()) {
            timers.add(describe(timer));
        }
        meters.getMeters().stream()
                .filter(m -> m instanceof Timer && m.getId().getName().startsWith("spring.batch.")
                        && !m.getId().getName().equals("spring.batch.job"))
                .map(m -> describe((Timer) m))
                .sorted((a, b) -> String.valueOf(a.get("name") + "" + a.get("tags"))
                        .compareTo(b.get("name") + "" + b.get("tags")))
                .forEach(timers::add);
        return timers;
    }

    private static Map<String, Object> describe(Timer timer) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", timer.getId().getName());
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : timer.getId().getTags()) {
            tags.put(tag.getKey(), tag.getValue());
        }
        entry.put("tags", tags);
        entry.put("count", timer.count());
        entry.put("totalSeconds", Math.round(timer.totalTime(TimeUnit.MILLISECONDS)) / 1000.0);
        return entry;
    }
}
