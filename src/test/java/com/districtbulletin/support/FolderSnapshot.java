package com.districtbulletin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a folder with its SHA-256, size and last-modified time: two snapshots are
 * equal when nothing in the folder was added, removed, moved, rewritten or touched.
 */
public record FolderSnapshot(Map<String, String> files) {

    public static FolderSnapshot of(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                String what = a.isDirectory() ? "dir"
                        : sha256(Files.readAllBytes(p)) + " " + a.size() + " " + a.lastModifiedTime().toMillis();
                files.put(root.relativize(p).toString().replace('\\', '/'), what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(files);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
