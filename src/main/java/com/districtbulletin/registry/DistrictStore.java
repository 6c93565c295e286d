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
        jdbc.batchUpdate("INSERT INTO district (code, name, deputies, display_order, deputies_all_levels,"
                        + " since_year, until_year, townships) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                districts, 500, (ps, d) -> {
                    ps.setString(1, d.code());
                    ps.setString(2, d.name());
                    ps.setObject(3, d.deputies(), java.sql.Types.INTEGER);
                    ps.setObject(4, d.order(), java.sql.Types.INTEGER);
                    ps.setObject(5, d.deputiesAllLevels(), java.sql.Types.INTEGER);
                    ps.setObject(6, d.since(), java.sql.Types.INTEGER);
                    ps.setObject(7, d.until(), java.sql.Types.INTEGER);
                    ps.setObject(8, d.townships(), java.sql.Types.INTEGER);
                });
    }

    /** In display order: by the registry's order, then by code. */
    public List<District> all() {
        return jdbc.query("SELECT code, name, deputies, display_order, deputies_all_levels, since_year, until_year,"
                        + " townships FROM district"
                        + " ORDER BY CASE WHEN display_order IS NULL THEN 1 ELSE 0 END, display_order, code",
                (rs, i) -> new District(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6),
                        (Integer) rs.getObject(7), (Integer) rs.getObject(8)));
    }

    /** The districts that exist in {@code year}, in display order. */
    public List<District> existingIn(int year) {
        return all().stream().filter(d -> d.existsIn(year)).toList();
    }
}
