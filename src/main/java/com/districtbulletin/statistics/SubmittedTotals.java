package com.districtbulletin.statistics;

import java.math.BigInteger;

/**
 * One district's submission in force for a dataset and year, aggregated: the numerator and
 * denominator of each of the dataset's metrics (in catalogue order).
 *
 * @param sha256       the submission's content fingerprint
 * @param rowsRejected rows of it that were rejected (they make its figures partial)
 */
public record SubmittedTotals(String sha256, int rowsRejected, BigInteger[] numerators, BigInteger[] denominators) {
}
