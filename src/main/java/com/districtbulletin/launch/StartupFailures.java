package com.districtbulletin.launch;

import com.districtbulletin.job.FailureMessages;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.text.KnownCauses;
import java.net.ConnectException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure to start (most often: the database) into one sentence and an exit status. */
public final class StartupFailures {

    private static final Logger log = LoggerFactory.getLogger(StartupFailures.class);

    private StartupFailures() {
    }

    public static int report(Throwable failure, String... args) {
        String url = urlFrom(args);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).replaceAll("[.。]+$", "");
            if (message.contains("Database may be already in use") || message.contains("already in use")) {
                log.error(Chinese.text("run.databaseInUse", url));
                return ExitCodes.LOCKED;
            }
            boolean connection = t instanceof ConnectException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (t instanceof SQLException sql2 && "3D000".equals(sql2.getSQLState()))
                    || (t instanceof SQLException sql3 && "28P01".equals(sql3.getSQLState()));
            if (connection) {
                log.info("Database connection: {}", KnownCauses.original(t));
                log.error(Chinese.text("run.databaseUnreachable", url, KnownCauses.of(t)));
                return ExitCodes.NO_DATABASE;
            }
            if (message.contains("non-empty schema") && message.contains("no schema history table")) {
                log.error(Chinese.text("run.schemaNotEmpty", url, schema(args)));
                return ExitCodes.NO_DATABASE;
            }
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                log.info("Schema: {}", KnownCauses.original(t));
                log.error(Chinese.text("run.schemaNotPermitted", url, schema(args), KnownCauses.of(t)));
                return ExitCodes.NO_DATABASE;
            }
            if (message.startsWith("Validate failed")) {
                log.info("Flyway: {}", message);
                log.error(Chinese.text("run.migrationsDiffer", url));
                return ExitCodes.NO_DATABASE;
            }
        }
        log.info("Start-up failure: {}", KnownCauses.original(failure));
        log.error(Chinese.text("run.startupFailed", FailureMessages.inChinese(failure)));
        return ExitCodes.NO_DATABASE;
    }

    private static String urlFrom(String... args) {
        return new RunSettings(args, System.getenv()).databaseUrl().replaceAll(";.*", "");
    }

    private static String schema(String... args) {
        return new RunSettings(args, System.getenv()).value("bulletin.schema", "bulletin");
    }
}
