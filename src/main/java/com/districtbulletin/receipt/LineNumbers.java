package com.districtbulletin.receipt;

import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Line numbers as a clerk reads them: runs of three or more as a range, the rest one by one,
 * joined with 、 ("第3、5、9–12行"); beyond {@link #SHOWN} items the list ends with the count.
 */
final class LineNumbers {

    /** At most this many numbers or ranges are listed; the line then ends with 等，共N行. */
    static final int SHOWN = 30;

    private LineNumbers() {
    }

    static String of(List<Integer> lines) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(lines));
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                items.add(sorted.get(i) + "–" + sorted.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    items.add(Integer.toString(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        if (items.size() > SHOWN) {
            return Chinese.text("receipt.lines.many", String.join("、", items.subList(0, SHOWN)), sorted.size());
        }
        return Chinese.text("receipt.lines", String.join("、", items));
    }
}
