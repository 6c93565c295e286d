package com.districtbulletin.text;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a failure means, in Chinese, for a sentence a person reads: Java's exception names and a
 * driver's English stay out of it (the caller logs the original). The known causes are a table,
 * tried along the chain of causes; a failure matching none is "原因不明" and the log has it.
 */
public final class KnownCauses {

    private record Cause(Predicate<Throwable> matches, String key) {
    }

    private static final List<Cause> TABLE = List.of(
            new Cause(t -> t instanceof NoSuchFileException || t instanceof FileNotFoundException
                    && !messageHas(t, "denied"), "cause.noSuchFile"),
            new Cause(t -> t instanceof AccessDeniedException || messageHas(t, "permission denied")
                    || messageHas(t, "access is denied"), "cause.accessDenied"),
            new Cause(t -> t instanceof NotDirectoryException || messageHas(t, "not a directory"), "cause.notDirectory"),
            new Cause(t -> t instanceof FileAlreadyExistsException, "cause.fileInTheWay"),
            new Cause(t -> messageHas(t, "read-only file system"), "cause.readOnly"),
            new Cause(t -> messageHas(t, "no space left"), "cause.diskFull"),
            new Cause(t -> t instanceof SQLException sql && "28P01".equals(sql.getSQLState()), "cause.badPassword"),
            new Cause(t -> t instanceof SQLException sql && "3D000".equals(sql.getSQLState()), "cause.noSuchDatabase"),
            new Cause(t -> t instanceof SQLException sql && "42501".equals(sql.getSQLState()), "cause.notPermitted"),
            new Cause(t -> t instanceof ConnectException || messageHas(t, "connection refused")
                    || messageHas(t, "connection to") && messageHas(t, "refused"), "cause.connectionRefused"),
            new Cause(t -> t instanceof UnknownHostException, "cause.unknownHost"),
            new Cause(t -> t instanceof NoRouteToHostException, "cause.noRoute"),
            new Cause(t -> t instanceof SocketTimeoutException || messageHas(t, "timed out"), "cause.timedOut"),
            new Cause(t -> t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08"), "cause.connectionFailed"),
            new Cause(t -> messageHas(t, "validate failed") || messageHas(t, "checksum mismatch"),
                    "cause.migrationsDiffer"),
            new Cause(t -> t instanceof OutOfMemoryError, "cause.outOfMemory"),
            new Cause(t -> t instanceof FileSystemException, "cause.fileSystem"));

    private KnownCauses() {
    }

    /** The failure's cause in Chinese: the first known cause along its chain, else "原因不明（详见日志）". */
    public static String of(Throwable failure) {
        return known(failure).orElseGet(() -> Chinese.text("cause.unknown"));
    }

    /** The first known cause along the failure's chain, in Chinese. */
    public static Optional<String> known(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Cause cause : TABLE) {
                if (cause.matches().test(t)) {
                    return Optional.of(Chinese.text(cause.key()));
                }
            }
        }
        return Optional.empty();
    }

    /** The failure's innermost message as it was written (English, for the log), with its class. */
    public static String original(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    private static boolean messageHas(Throwable t, String text) {
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text);
    }
}
