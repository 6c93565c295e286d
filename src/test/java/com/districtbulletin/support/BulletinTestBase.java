package com.districtbulletin.support;

import com.districtbulletin.launch.BulletinLauncher;
import com.districtbulletin.job.RunParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the real job on a real database: on H2, and a second time on
 * PostgreSQL when the class is tagged {@code database} (system property {@code bulletin.test.db},
 * set by the two Surefire executions in the pom). The tag goes on a class whose outcome can depend
 * on the database — what is stored and read back, SQL, transactions, locks, the order of rows —
 * not on one that checks a file's rules or a document's layout over data the tagged classes
 * already carry through both. Every test gets an empty database and its own input and output folders.
 */
@SpringBootTest(properties = "bulletin.command.enabled=false")
public abstract class BulletinTestBase {

    public static final String DATABASE = System.getProperty("bulletin.test.db", "h2");
    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BulletinTestBase::url);
        if (DATABASE.equals("postgres")) {
            registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
            registry.add("spring.datasource.password", () -> "");
        }
    }

    /** One database per test JVM and kind: Spring's context cache then shares one context. */
    static synchronized String url() {
        if (url == null) {
            url = DATABASE.equals("postgres") ? PostgresDatabase.create() : H2Database.create();
        }
        return url;
    }

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected BulletinLauncher launcher;

    @TempDir
    protected Path workDir;

    protected Path input;
    protected Path output;

    @BeforeEach
    void emptyDatabaseAndFolders() throws IOException {
        DatabaseCleaner.clean(jdbc);
        input = Files.createDirectories(workDir.resolve("input"));
        output = workDir.resolve("output");
    }

    protected JobExecution runJob(int year) throws Exception {
        return launcher.run(new RunParameters(year, input, output));
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    protected List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }
}
