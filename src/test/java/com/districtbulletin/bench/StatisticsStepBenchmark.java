package com.districtbulletin.bench;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.edition.Edition;
import com.districtbulletin.edition.EditionRecord;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.edition.Editions;
import com.districtbulletin.statistics.DatasetAggregates;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCalculator;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the statistics step (job step 5) on a loaded database, R times in one JVM, each in a
 * transaction rolled back at its end, so that the database is left as it was: the edition is
 * settled as the job settles it, then what {@link Editions#compute} does for it runs phase by
 * phase — the figures computed, stored as the year's statistics, stored as the edition's. Before
 * that, the year's aggregates alone are timed. With {@code --fresh} the year's stored statistics
 * are deleted first (inside the transaction), as right after a first load; without it they are
 * those of the last run, as on a rerun.
 *
 * <p>Prints wall milliseconds, the JVM's CPU and the CPU of the database's server processes
 * (PostgreSQL on this machine: read from /proc), per phase.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *      com.districtbulletin.bench.StatisticsStepBenchmark jdbc:postgresql://127.0.0.1:5432/bench_province 2024 5 [--fresh]
 * </pre>
 */
public final class StatisticsStepBenchmark {

    private StatisticsStepBenchmark() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int year = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        boolean fresh = List.of(args).contains("--fresh");
        try (ConfigurableApplicationContext context = SpringApplication.run(DistrictBulletinApplication.class,
                "--bulletin.command.enabled=false", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DatasetAggregates aggregates = context.getBean(DatasetAggregates.class);
            StatisticsCalculator calculator = context.getBean(StatisticsCalculator.class);
            Editions editions = context.getBean(Editions.class);
            StatisticStore statistics = context.getBean(StatisticStore.class);
            EditionStore editionStore = context.getBean(EditionStore.class);
            TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Server server = new Server(jdbc);
            for (int run = 1; run <= runs; run++) {
                List<String> phases = new ArrayList<>();
                phases.add(time("aggregates alone", server, () -> aggregates.of(List.of(year, year - 1)).size()));
                long started = System.nanoTime();
                transaction.executeWithoutResult(status -> {
                    if (fresh) {
                        jdbc.update("DELETE FROM statistic WHERE report_year = ?", year);
                    }
                    EditionRecord edition = editions.settle(year, Edition.PROVISIONAL, false, null).edition();
                    // what Editions.compute does for an edition that is not a revision, phase by phase
                    List<Statistic> figures = new ArrayList<>();
                    String[] digest = new String[1];
                    phases.add(time("compute", server, () -> {
                        figures.addAll(calculator.compute(year));
                        return figures.size();
                    }));
                    phases.add(time("store", server, () -> {
                        digest[0] = statistics.replace(year, figures).published();
                        return figures.size();
                    }));
                    phases.add(time("edition", server, () -> {
                        editionStore.completeFigures(edition.id(), year, digest[0], List.of());
                        return figures.size();
                    }));
                    status.setRollbackOnly();
                });
                System.out.printf(Locale.ROOT, "run %d: step %d ms = %s%n", run,
                        (System.nanoTime() - started) / 1_000_000, String.join("; ", phases));
            }
        }
    }

    private static String time(String phase, Server server, Supplier<Integer> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvm = os.getProcessCpuTime();
        Set<Long> backends = server.backends();
        long serverTicks = server.ticks(backends);
        long started = System.nanoTime();
        work.get();
        long wall = (System.nanoTime() - started) / 1_000_000;
        backends.addAll(server.backends());
        long serverCpu = (server.ticks(backends) - serverTicks) * 10;
        return String.format(Locale.ROOT, "%s %d ms (JVM CPU %d ms, server CPU %d ms)", phase, wall,
                (os.getProcessCpuTime() - jvm) / 1_000_000, serverCpu);
    }

    /** The database's server processes, when PostgreSQL runs on this machine. */
    private record Server(JdbcTemplate jdbc) {

        Set<Long> backends() {
            return new HashSet<>(jdbc.queryForList(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()", Long.class));
        }

        /** utime + stime of the processes, in clock ticks (1/100 s); 0 for one that ended or is not local. */
        long ticks(Set<Long> pids) {
            long ticks = 0;
            for (long pid : pids) {
                try {
                    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (java.io.IOException | RuntimeException e) {
                    // gone, or not on this machine
                }
            }
            return ticks;
        }
    }
}
