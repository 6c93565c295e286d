package com.districtbulletin.registry;

import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the registry just read differs from the one the database held: the districts added,
 * removed and changed (any of their columns), so that a run says what moved before it publishes.
 */
public record RegistryChange(List<District> added, List<District> removed, List<District> changed) {

    /** The change from {@code before} (empty on a first run: nothing to compare, no change) to {@code after}. */
    public static RegistryChange between(List<District> before, List<District> after) {
        if (before.isEmpty()) {
            return new RegistryChange(List.of(), List.of(), List.of());
        }
        Map<String, District> old = before.stream().collect(Collectors.toMap(District::code, Function.identity()));
        Map<String, District> now = after.stream().collect(Collectors.toMap(District::code, Function.identity()));
        List<District> added = new ArrayList<>();
        List<District> changed = new ArrayList<>();
        for (District d : after) {
            District earlier = old.get(d.code());
            if (earlier == null) {
                added.add(d);
            } else if (!earlier.equals(d)) {
                changed.add(d);
            }
        }
        List<District> removed = before.stream().filter(d -> !now.containsKey(d.code())).toList();
        return new RegistryChange(List.copyOf(added), removed, List.copyOf(changed));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** The districts added without a first year (设立年份): they exist in every earlier year too. */
    public List<District> addedWithoutSince() {
        return added.stream().filter(d -> d.since() == null).toList();
    }

    /** One sentence: "区划名录（districts.csv）与上次运行时不同：新增 990111 新区；……". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        part(parts, "registry.change.added", added);
        part(parts, "registry.change.removed", removed);
        part(parts, "registry.change.changed", changed);
        return Chinese.text("registry.change", String.join("；", parts));
    }

    private static void part(List<String> parts, String key, List<District> districts) {
        if (!districts.isEmpty()) {
            parts.add(Chinese.text(key, names(districts)));
        }
    }

    /** "990111 新区、990112 旧区". */
    public static String names(List<District> districts) {
        return districts.stream().map(d -> d.code() + " " + d.name()).collect(Collectors.joining("、"));
    }
}
