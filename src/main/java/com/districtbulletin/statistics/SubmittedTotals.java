package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * One district's submission in force for a dataset and year, aggregated: the numerator and
 * denominator of each of the dataset's metrics (in catalogue order), and what contract v3 needs
 * to know of it (section 10.1).
 *
 * @param sha256         the submission's content fingerprint
 * @param rowsRejected   rows of it that were rejected (they make its figures partial)
 * @param absentColumns  the dataset's columns its header lacks; null when not recorded (a version
 *                       stored before v3, which read no v3 column)
 * @param usesAddedValue whether an accepted row of it holds a choice added in v3
 */
public record SubmittedTotals(String sha256, int rowsRejected, BigInteger[] numerators, BigInteger[] denominators,
                              Set<String> absentColumns, boolean usesAddedValue) {

    public SubmittedTotals(String sha256, int rowsRejected, BigInteger[] numerators, BigInteger[] denominators) {
        this(sha256, rowsRejected, numerators, denominators, Set.of(), false);
    }

    /** The absent columns as stored (comma-separated; null when not recorded). */
    static Set<String> absentColumns(String stored) {
        return stored == null ? null : stored.isEmpty() ? Set.of() : Set.of(stored.split(","));
    }

    /** Whether its header lacks {@code column}. */
    boolean lacks(Dataset dataset, String column) {
        return absentColumns == null ? dataset.columnNamed(column).isAddedInV3() : absentColumns.contains(column);
    }

    /** The v3 columns of {@code dataset} its header lacks, in declaration order (v3 section 10.3). */
    public List<String> absentV3Columns(Dataset dataset) {
        return dataset.declaration().v3Columns().stream().map(c -> c.name()).filter(c -> lacks(dataset, c)).toList();
    }

    /**
     * Whether it makes its district-year v3 (v3 section 10.1): its header has a v3 column, an
     * accepted row uses a value added in v3, or its dataset is one v3 added.
     */
    boolean marksV3(Dataset dataset) {
        return dataset.declaration().isAddedInV3() || usesAddedValue
                || absentV3Columns(dataset).size() < dataset.declaration().v3Columns().size();
    }
}
