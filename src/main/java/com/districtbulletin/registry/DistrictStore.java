package com.districtbulletin.registry;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registry as last read, kept in the database for the statistics and the bulletin. */
@Repository
public class DistrictStore {

    private final JdbcTemplate jdbc;

    public DistrictStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceAll(List<District> districts) {
        jdbc.update("DELETE FROM district");
        jdbc.batchUpdate("INSERT INTO district (code, name, deputies, display_order) VALUES (?, ?, ?, ?)",
                districts, 500, (ps, d) -> {
                    ps.setString(1, d.code());
                    ps.setString(2, d.name());
                    ps.setObject(3, d.deputies());
                    ps.setObject(4, d.order());
                });
    }

    /** In display order: by the registry's order, then by code. */
    public List<District> all() {
        return jdbc.query("SELECT code, name, deputies, display_order FROM district"
                        + " ORDER BY CASE WHEN display_order IS NULL THEN 1 ELSE 0 END, display_order, code",
                (rs, i) -> new District(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4)));
    }
}
