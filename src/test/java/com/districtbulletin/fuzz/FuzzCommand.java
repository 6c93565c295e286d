package com.districtbulletin.fuzz;

import com.districtbulletin.support.FolderSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The two halves of {@code bench/fuzz.sh} around a run of the product's jar:
 *
 * <pre>
 *   generate DIR FILES SEED   writes DIR/input, the list of its files and a snapshot of it
 *   check DIR [JDBC_URL]      after the run (embedded database in DIR/data, or the PostgreSQL
 *                             database at JDBC_URL, user postgres), with its log in DIR/run.log:
 *                             prints the figures and every violation of {@link FuzzChecks}; exits 1
 *                             when there is one
 * </pre>
 */
public final class FuzzCommand {

    private static final String SEPARATOR = "\u0000";

    private FuzzCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("generate")) {
            List<String> files = SubmissionFuzzer.generate(dir.resolve("input"), Integer.parseInt(args[2]),
                    Long.parseLong(args[3]));
            Files.writeString(dir.resolve("files.list"), String.join(SEPARATOR, files), StandardCharsets.UTF_8);
            StringBuilder snapshot = new StringBuilder();
            FolderSnapshot.of(dir.resolve("input")).files().forEach((k, v) -> snapshot.append(k).append(SEPARATOR)
                    .append(v).append(SEPARATOR));
            Files.writeString(dir.resolve("input.snapshot"), snapshot, StandardCharsets.UTF_8);
            System.out.println("generated " + files.size() + " files in " + dir.resolve("input"));
            return;
        }
        List<String> files = Arrays.asList(Files.readString(dir.resolve("files.list")).split(SEPARATOR, -1));
        String[] parts = Files.readString(dir.resolve("input.snapshot")).split(SEPARATOR, -1);
        Map<String, String> before = new TreeMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            before.put(parts[i], parts[i + 1]);
        }
        // one connection for every query: the embedded database would be opened again for each
        SingleConnectionDataSource db = args.length > 2
                ? new SingleConnectionDataSource(args[2] + "?currentSchema=bulletin", "postgres", "", true)
                : new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("data/bulletin")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        Path log = dir.resolve("run.log");
        List<String> violations = FuzzChecks.violations(files, new FolderSnapshot(before), dir.resolve("input"),
                dir.resolve("output"), jdbc, Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
        System.out.println("files: " + files.size());
        jdbc.queryForList("SELECT state, COUNT(*) AS n FROM submission GROUP BY state ORDER BY state")
                .forEach(r -> System.out.println("  versions " + r.get("state") + ": " + r.get("n")));
        jdbc.queryForList("SELECT code, COUNT(*) AS n FROM input_file WHERE code IS NOT NULL GROUP BY code ORDER BY code")
                .forEach(r -> System.out.println("  reported by name or unreadable, " + r.get("code") + ": "
                        + r.get("n")));
        jdbc.queryForList("SELECT p.code, COUNT(*) AS n FROM problem p JOIN submission s ON s.id = p.submission_id"
                        + " WHERE s.state = 'rejected' GROUP BY p.code ORDER BY p.code")
                .forEach(r -> System.out.println("  rejected whole, " + r.get("code") + ": " + r.get("n")));
        System.out.println("rows accepted: " + jdbc.queryForObject(
                "SELECT COALESCE(SUM(rows_accepted), 0) FROM submission", Long.class)
                + ", rejected: " + jdbc.queryForObject("SELECT COALESCE(SUM(rows_rejected), 0) FROM submission",
                Long.class));
        long unaccounted = violations.stream().filter(v -> v.startsWith("not in the store")
                || v.startsWith("neither")).count();
        System.out.println("unaccounted files: " + unaccounted);
        System.out.println("violations: " + violations.size());
        violations.stream().limit(50).forEach(v -> System.out.println("  " + v.replace("\n", "\\n")));
        System.exit(violations.isEmpty() ? 0 : 1);
    }
}
