package com.districtbulletin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for a test context, on the server CI starts (127.0.0.1:5432,
 * user postgres, trust auth; override with BULLETIN_TEST_PG_URL / _USER). There is no skip: a
 * test that needs PostgreSQL fails when the server cannot be reached.
 */
public final class PostgresDatabase {

    public static final String SERVER = System.getenv().getOrDefault("BULLETIN_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = System.getenv().getOrDefault("BULLETIN_TEST_PG_USER", "postgres");

    private PostgresDatabase() {
    }

    /** The schema the product keeps its tables in (its default {@code bulletin.schema}). */
    public static final String SCHEMA = "bulletin";

    /**
     * Creates an empty database and returns its JDBC URL, set to search the product's schema so
     * that a test's own connections see the product's tables.
     */
    public static String create() {
        return createBare() + "?currentSchema=" + SCHEMA;
    }

    /** Creates an empty database and returns its plain JDBC URL (connections search {@code public}). */
    public static String createBare() {
        String name = "bulletin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed by this test and cannot be reached at " + SERVER
                    + " as " + USER + ": " + e.getMessage() + ". Start it (bash .ci/run does) and run again.", e);
        }
        return SERVER + name;
    }
}
