package com.districtbulletin.output;

import com.districtbulletin.text.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a run keeps its temporary files (issue 19): a folder of its own,
 * {@code <java.io.tmpdir>/district-bulletin-<database>/run-<pid>-<time>/}, removed when the run
 * ends. There is one {@code district-bulletin-<database>} folder per database, as there is one run
 * lock: when a run starts, the lock held, whatever earlier runs of that database left there (a
 * process killed while a large file was spilled) is removed. Outside a run ({@code --validate}, a
 * test calling the ingest's parts) temporary files go to the system's temporary folder.
 */
public final class RunTemporaryFolder {

    static final String PREFIX = "district-bulletin-";
    private static final String RUN_PREFIX = "run-";

    private static volatile Path current;

    private RunTemporaryFolder() {
    }

    /** A new empty file in the run's folder (or the system's, outside a run). */
    public static Path createFile(String prefix, String suffix) throws IOException {
        Path folder = current;
        return folder == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(folder, prefix, suffix);
    }

    /** The folder of the database {@code database} (its JDBC URL) under the system's temporary folder. */
    public static Path rootOf(String database) {
        String key = Sha256.of(database.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return Path.of(System.getProperty("java.io.tmpdir"), PREFIX + key);
    }

    /**
     * Starts the run's folder, after removing every earlier run's; call with the run lock held.
     * Closing the returned run removes its folder.
     */
    public static Run start(String database) {
        Path root = rootOf(database);
        try {
            Files.createDirectories(root);
            List<Path> earlier;
            try (Stream<Path> runs = Files.list(root)) {
                earlier = runs.filter(p -> p.getFileName().toString().startsWith(RUN_PREFIX)).toList();
            }
            for (Path run : earlier) {
                delete(run);
            }
            Path folder = Files.createDirectory(root.resolve(RUN_PREFIX + ProcessHandle.current().pid() + "-"
                    + System.currentTimeMillis()));
            current = folder;
            return new Run(folder, earlier.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the run's temporary folder under " + root, e);
        }
    }

    /** Removes a folder and what it holds; a file already gone is no matter. */
    static void delete(Path folder) throws IOException {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // removed meanwhile
        }
    }

    /** A run's folder; {@code earlierRunsRemoved} says how many earlier runs' folders were found and removed. */
    public record Run(Path folder, int earlierRunsRemoved) implements AutoCloseable {

        @Override
        public void close() {
            current = null;
            try {
                delete(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
