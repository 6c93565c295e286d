package com.districtbulletin.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The input folder: the registry {@code districts.csv} at its top and every other file below it,
 * at any depth, except the files that editors and operating systems leave behind (data contract
 * section 1). Read only — the product never writes here.
 *
 * <p>Every entry that is not a folder is listed, a pipe or broken link included, and so is a
 * folder named like a submission ({@code *.csv}, {@code *.xlsx}): reading it then fails and the
 * file is reported (UNREADABLE_FILE) instead of silently left out. A folder that cannot be
 * listed, or vanishes while listed, is logged and passed over.
 */
public final class InputFolder {

    public static final String REGISTRY = "districts.csv";
    private static final Logger log = LoggerFactory.getLogger(InputFolder.class);

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
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && looksLikeSubmission(dir)) {
                        found.add(relative(dir));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isIgnored(file.getFileName().toString())) {
                        found.add(relative(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (file.equals(root)) {
                        throw new UncheckedIOException("Cannot list the input folder " + root, e);
                    }
                    if (looksLikeSubmission(file)) {
                        found.add(relative(file));
                    } else {
                        log.warn("Cannot read {} in the input folder, passed over: {}", relative(file), e.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the input folder " + root, e);
        }
        return found.stream().filter(name -> !name.equals(REGISTRY)).sorted().toList();
    }

    private static boolean looksLikeSubmission(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !isIgnored(name) && (name.endsWith(".csv") || name.endsWith(".xlsx"));
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

    /** The names below the folder joined with '/': a backslash is part of a name on Unix, kept as written. */
    private String relative(Path file) {
        StringBuilder relative = new StringBuilder();
        for (Path name : root.relativize(file)) {
            if (!relative.isEmpty()) {
                relative.append('/');
            }
            relative.append(name);
        }
        return relative.toString();
    }

    public static String fileName(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }
}
