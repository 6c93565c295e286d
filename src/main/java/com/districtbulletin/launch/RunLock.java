package com.districtbulletin.launch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run at a time per database. On PostgreSQL a session advisory lock, held on its own
 * connection for the whole run, so it holds across machines sharing the database and is
 * released by the server if the process dies. An H2 file database is already opened by one
 * process only (a second one fails to open it).
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    private static final long KEY = 0x4449535442554CL; // "DISTBUL"

    private final DataSource dataSource;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock, waiting up to {@code waitSeconds}; null when another run holds it. */
    public Held acquire(int waitSeconds) throws SQLException, InterruptedException {
        Connection connection = dataSource.getConnection();
        boolean ok = false;
        try {
            if (!connection.isWrapperFor(org.postgresql.PGConnection.class)) {
                ok = true;
                return new Held(connection);
            }
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            boolean said = false;
            do {
                if (tryLock(connection)) {
                    ok = true;
                    return new Held(connection);
                }
                if (!said && waitSeconds > 0) {
                    log.info("Another run holds the run lock of this database; waiting up to {} s for it", waitSeconds);
                    said = true;
                }
                Thread.sleep(1000);
            } while (System.nanoTime() < deadline);
            return null;
        } finally {
            if (!ok) {
                connection.close();
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The held lock; closing releases it (the pool keeps the session, so unlock explicitly). */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                if (connection.isWrapperFor(org.postgresql.PGConnection.class)) {
                    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        ps.setLong(1, KEY);
                        ps.execute();
                    }
                }
            }
        }
    }
}
