package com.districtbulletin.dataset;

import java.util.Locale;

/**
 * A column whose value, when given, must be the id of a row of another dataset's submission of
 * the same district and year (e.g. {@code appointments.meeting_id → meetings}), reported under
 * {@code code} when it is not. The target's id column is the one compared.
 *
 * @param column the referring column
 * @param target the referenced dataset's name
 * @param code   the problem code of an id the target does not have
 */
public record Reference(String column, String target, String code) {

    public Dataset targetDataset() {
        return Dataset.named(target.toLowerCase(Locale.ROOT)).orElseThrow(
                () -> new IllegalStateException("No dataset " + target));
    }
}
