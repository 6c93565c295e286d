package com.districtbulletin.storage;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.util.stream.Collectors;

/** The SQL a dataset's table is written with, derived from its declared columns. */
final class DatasetTables {

    private DatasetTables() {
    }

    static String columnList(Dataset dataset) {
        return "submission_id, line_no, "
                + dataset.columns().stream().map(Column::name).collect(Collectors.joining(", "));
    }

    static String insert(Dataset dataset) {
        String marks = "?, ?, " + dataset.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + dataset.table() + " (" + columnList(dataset) + ") VALUES (" + marks + ")";
    }

    static String copy(Dataset dataset) {
        return "COPY " + dataset.table() + " (" + columnList(dataset) + ") FROM STDIN WITH (FORMAT csv)";
    }
}
