package com.districtbulletin.fingerprint;

import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.text.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step's record of the documents it wrote and left alone. A document is left alone when the
 * fingerprint of what it is made from is the one recorded when it was last written, and its file
 * is still as that write left it (same size and modification time): a file deleted, edited or
 * written by another build's run is rewritten. Safe to use from several threads.
 */
public final class Ledger {

    /** A document as a run left it. */
    record Entry(String path, String fingerprint, long size, long modifiedMillis) {
    }

    /** How many documents of one kind were written and left unchanged. */
    public record Counts(int written, int unchanged) {
    }

    private final Map<String, Entry> left;
    private final WrittenFiles files;
    private final Map<String, Entry> written = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger[]> counts = new ConcurrentHashMap<>();

    Ledger(Map<String, Entry> left, WrittenFiles files) {
        this.left = left;
        this.files = files;
    }

    /** A ledger that remembers nothing: every document is written (renderings outside the job). */
    public static Ledger writingAll() {
        return new Ledger(Map.of(), null);
    }

    /**
     * Whether the document {@code file} of this {@code kind} ("receipt", "profile"…) is already
     * what {@code fingerprint} would write; counted as unchanged when it is.
     */
    public boolean unchanged(String kind, Path file, String fingerprint) throws IOException {
        Path path = absolute(file);
        Entry was = left.get(key(path));
        boolean same = was != null && was.fingerprint().equals(fingerprint) && asLeft(path, was);
        if (same) {
            count(kind)[1].incrementAndGet();
        }
        return same;
    }

    /** Writes the document (through a temporary file and a rename) and records it under its fingerprint. */
    public void write(String kind, Path file, String fingerprint, AtomicFile.Content content) throws IOException {
        Path path = absolute(file);
        AtomicFile.write(path, content);
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        written.put(key(path), new Entry(path.toString(), fingerprint, now.size(), now.lastModifiedTime().toMillis()));
        count(kind)[0].incrementAndGet();
    }

    /** Writes the document unless it is unchanged; returns whether it was written. */
    public boolean writeIfChanged(String kind, Path file, String fingerprint, AtomicFile.Content content)
            throws IOException {
        if (unchanged(kind, file, fingerprint)) {
            return false;
        }
        write(kind, file, fingerprint, content);
        return true;
    }

    public Counts counts(String kind) {
        AtomicInteger[] c = count(kind);
        return new Counts(c[0].get(), c[1].get());
    }

    /** Every kind met so far, by name. */
    public Map<String, Counts> counts() {
        Map<String, Counts> all = new TreeMap<>();
        counts.keySet().forEach(kind -> all.put(kind, counts(kind)));
        return all;
    }

    /** Records what was written, in the caller's transaction. */
    public void save() {
        if (files != null) {
            files.save(Map.copyOf(written));
        }
    }

    private AtomicInteger[] count(String kind) {
        return counts.computeIfAbsent(kind, k -> new AtomicInteger[] {new AtomicInteger(), new AtomicInteger()});
    }

    private static boolean asLeft(Path path, Entry was) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return now.size() == was.size() && now.lastModifiedTime().toMillis() == was.modifiedMillis();
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static String key(Path path) {
        return Sha256.of(path.toString().getBytes(StandardCharsets.UTF_8));
    }
}
