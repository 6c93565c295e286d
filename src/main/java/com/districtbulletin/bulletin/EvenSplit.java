package com.districtbulletin.bulletin;

import java.util.ArrayList;
import java.util.List;

/** A list split into the fewest parts of at most {@code most} items, their sizes differing by one at most. */
final class EvenSplit {

    private EvenSplit() {
    }

    static <T> List<List<T>> of(List<T> items, int most) {
        int parts = (items.size() + most - 1) / most;
        List<List<T>> split = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts; p++) {
            int size = items.size() / parts + (p < items.size() % parts ? 1 : 0);
            split.add(items.subList(from, from + size));
            from += size;
        }
        return split;
    }
}
