package com.districtbulletin.fingerprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The documents the runs wrote, with the fingerprint of what each was made from and how the file
 * was left (table {@code written_file}). A step opens a {@link Ledger}, asks it which documents
 * changed, writes those through it, and saves it in the step's transaction: a step that fails
 * saves nothing, and the next run, finding files that are not as recorded, rewrites them.
 */
@Component
public class WrittenFiles {

    private final JdbcTemplate jdbc;

    public WrittenFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A ledger of what the earlier runs left, for one step. */
    public Ledger open() {
        Map<String, Ledger.Entry> left = new HashMap<>();
        jdbc.query("SELECT path_key, file_path, fingerprint, size_bytes, modified_ms FROM written_file", rs -> {
            left.put(rs.getString(1), new Ledger.Entry(rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getLong(5)));
        });
        return new Ledger(left, this);
    }

    void save(Map<String, Ledger.Entry> written) {
        if (written.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Ledger.Entry> e : written.entrySet()) {
            Ledger.Entry f = e.getValue();
            keys.add(new Object[] {e.getKey()});
            rows.add(new Object[] {e.getKey(), f.path(), f.fingerprint(), f.size(), f.modifiedMillis()});
        }
        jdbc.batchUpdate("DELETE FROM written_file WHERE path_key = ?", keys);
        jdbc.batchUpdate("INSERT INTO written_file (path_key, file_path, fingerprint, size_bytes, modified_ms)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
    }
}
