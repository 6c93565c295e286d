package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.SampleInput;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A PostgreSQL database that already holds another system's tables — even one named like the
 * product's — works as it is: the product keeps its tables (and Spring Batch's) in its own schema.
 */
@Tag("database")
@EnabledIfSystemProperty(named = "bulletin.test.db", matches = "postgres")
@ExtendWith(OutputCaptureExtension.class)
class SharedPostgresDatabaseTest {

    @TempDir
    Path work;

    @Test
    void theProductsTablesGoToTheirOwnSchemaBesideAnotherSystemsTables() throws Exception {
        String url = PostgresDatabase.createBare();
        execute(url, "CREATE TABLE submission (id integer PRIMARY KEY, owner text)",
                "INSERT INTO submission VALUES (7, 'another system')",
                "CREATE TABLE flyway_schema_history (installed_rank integer)");
        Path input = work.resolve("input");
        SampleInput.copyTo(input);

        assertThat(run(url, input)).isZero();

        assertThat(tables(url, "bulletin")).contains("submission", "statistic", "batch_job_execution",
                "flyway_schema_history");
        assertThat(tables(url, "public")).containsExactlyInAnyOrder("submission", "flyway_schema_history");
        assertThat(query(url, "SELECT owner FROM public.submission")).isEqualTo("another system");
        assertThat(query(url, "SELECT count(*) FROM bulletin.submission WHERE state = 'in_force'")).isNotEqualTo("0");
        assertThat(work.resolve("output/2024/statistics.csv")).exists();
        assertThat(run(url, input)).as("a second run finds its own schema history").isZero();
    }

    @Test
    void theSchemaIsASetting() throws Exception {
        String url = PostgresDatabase.createBare();
        Path input = work.resolve("input");
        SampleInput.copyTo(input);
        assertThat(run(url, input, "--bulletin.schema=district_bulletin")).isZero();
        assertThat(tables(url, "district_bulletin")).contains("submission", "batch_job_instance");
        assertThat(tables(url, "bulletin")).isEmpty();
    }

    @Test
    void aSchemaOfOtherTablesWithoutTheProductsHistoryIsRefusedInOneSentence(CapturedOutput output) throws Exception {
        String url = PostgresDatabase.createBare();
        execute(url, "CREATE TABLE other_system (id integer)");
        Path input = work.resolve("input");
        SampleInput.copyTo(input);
        assertThat(run(url, input, "--bulletin.schema=public")).isEqualTo(ExitCodes.NO_DATABASE);
        assertThat(output).contains("的模式 public 中已有其他表，却没有本程序的建表记录")
                .doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
    }

    private int run(String url, Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.USER, "--bulletin.input=" + input,
                "--bulletin.output=" + work.resolve("output"), "--bulletin.year=2024"));
        args.addAll(List.of(more));
        return DistrictBulletinApplication.run(args.toArray(String[]::new));
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PostgresDatabase.USER, ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> tables(String url, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
