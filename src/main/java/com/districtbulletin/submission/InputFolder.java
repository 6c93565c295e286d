package com.districtbulletin.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The input folder: the registry {@code districts.csv} at its top and every other file below it,
 * at any depth, except the files that editors and operating systems leave behind (data contract
 * section 1). Read only — the product never writes here.
 */
public final class InputFolder {

    public static final String REGISTRY = "districts.csv";

    private final Path root;

    public InputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path registry() {
        return root.resolve(REGISTRY);
    }

    /** Every file that is not the registry or ignored, by path relative to the folder (with '/' separators), sorted. */
    public List<String> submissionFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isIgnored(p.getFileName().toString()))
                    .map(p -> relative(p))
                    .filter(name -> !name.equals(REGISTRY))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the input folder " + root, e);
        }
    }

    /**
     * Hidden files and editor lock files ({@code .…}, {@code ~$…}), Windows' {@code Thumbs.db}
     * and {@code desktop.ini}, and {@code README…} notes: never submissions, never reported.
     */
    public static boolean isIgnored(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileName.startsWith(".") || fileName.startsWith("~$") || lower.equals("thumbs.db")
                || lower.equals("desktop.ini") || lower.startsWith("readme");
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public static String fileName(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
