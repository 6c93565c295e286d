package com.districtbulletin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The shipped sample input (the repository's input/ folder), copied for a test. */
public final class SampleInput {

    public static final Path FOLDER = Path.of("input").toAbsolutePath();

    private SampleInput() {
    }

    public static void copyTo(Path target) {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(FOLDER.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
