package com.districtbulletin.bulletin;

import com.districtbulletin.dataset.Dataset;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A chart of the bulletin, sized in points as it appears on the page.
 *
 * @param fileName its PNG's name under {@code charts/}
 * @param notes    the lines printed under it (Chinese)
 * @param partial  whether it shows a partial figure (its label then carries the marker)
 * @param minHeight the least height it can be drawn at (thinner bars, text the same size)
 */
record Chart(String fileName, Dataset dataset, JFreeChart chart, float width, float height, List<String> notes,
             boolean partial, float minHeight) {

    Chart(String fileName, Dataset dataset, JFreeChart chart, float width, float height, List<String> notes,
          boolean partial) {
        this(fileName, dataset, chart, width, height, notes, partial, height);
    }

    /** The same chart to be drawn at another height. */
    Chart atHeight(float newHeight) {
        return new Chart(fileName, dataset, chart, width, newHeight, notes, partial, minHeight);
    }
}
