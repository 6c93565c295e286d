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
 */
record Chart(String fileName, Dataset dataset, JFreeChart chart, float width, float height, List<String> notes,
             boolean partial) {
}
