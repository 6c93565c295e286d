package com.districtbulletin.job;

import com.districtbulletin.fingerprint.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How many documents of each kind (statistics, receipt, problems, profile) a step wrote and left unchanged,
 * kept in the step's context ({@code documents.receipt.written}…) for the run summary.
 */
final class DocumentCounts {

    private static final String PREFIX = "documents.";

    private DocumentCounts() {
    }

    static void record(StepExecution step, Ledger ledger) {
        ExecutionContext context = step.getExecutionContext();
        ledger.counts().forEach((kind, c) -> {
            context.putInt(PREFIX + kind + ".written", c.written());
            context.putInt(PREFIX + kind + ".unchanged", c.unchanged());
        });
    }

    /** What the ledger counted after {@code before}. */
    static Ledger.Counts since(Ledger.Counts before, Ledger.Counts now) {
        return new Ledger.Counts(now.written() - before.written(), now.unchanged() - before.unchanged());
    }

    /** The counts the steps recorded, by kind: {receipt: {written: 1, unchanged: 299}, …}. */
    static Map<String, Object> of(StepExecution... steps) {
        Map<String, Map<String, Integer>> kinds = new TreeMap<>();
        for (StepExecution step : steps) {
            if (step == null) {
                continue;
            }
            step.getExecutionContext().entrySet().stream().filter(e -> e.getKey().startsWith(PREFIX))
                    .forEach(e -> {
                        String rest = e.getKey().substring(PREFIX.length());
                        int dot = rest.lastIndexOf('.');
                        kinds.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>(Map.of()))
                                .merge(rest.substring(dot + 1), (Integer) e.getValue(), Integer::sum);
                    });
        }
        Map<String, Object> result = new LinkedHashMap<>();
        kinds.forEach((kind, c) -> {
            Map<String, Integer> both = new LinkedHashMap<>();
            both.put("written", c.getOrDefault("written", 0));
            both.put("unchanged", c.getOrDefault("unchanged", 0));
            result.put(kind, both);
        });
        return result;
    }
}
