package com.districtbulletin.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every file under a folder with its bytes and modification time, to tell afterwards which files a
 * run rewrote: a file counts as rewritten when either differs (a rewrite is a new file, renamed into
 * place, with the time it was written). The bytes are kept, not a digest of them: comparing them is
 * exact, and hashing every output file twice a test was 2 % of the test JVMs' samples (JFR).
 */
public final class WrittenFilesSnapshot {

    private record State(byte[] bytes, long modifiedNanos) {

        boolean sameBytes(State other) {
            return Arrays.equals(bytes, other.bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof State state && sameBytes(state) && modifiedNanos == state.modifiedNanos;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + Long.hashCode(modifiedNanos);
        }
    }

    private final Path folder;
    private final Map<String, State> files;

    private WrittenFilesSnapshot(Path folder, Map<String, State> files) {
        this.folder = folder;
        this.files = files;
    }

    public static WrittenFilesSnapshot of(Path folder) throws IOException {
        Map<String, State> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString().replace('\\', '/'), new State(
                        Files.readAllBytes(f), Files.getLastModifiedTime(f).to(java.util.concurrent.TimeUnit.NANOSECONDS)));
            }
        }
        return new WrittenFilesSnapshot(folder, files);
    }

    /** The files (relative paths) whose bytes or modification time differ now, or that appeared or went. */
    public Set<String> changedSince() throws IOException {
        WrittenFilesSnapshot now = of(folder);
        Set<String> changed = new TreeSet<>();
        for (String name : union(files.keySet(), now.files.keySet())) {
            if (!java.util.Objects.equals(files.get(name), now.files.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** The files whose bytes differ now (modification times aside). */
    public Set<String> contentChangedSince() throws IOException {
        WrittenFilesSnapshot now = of(folder);
        Set<String> changed = new TreeSet<>();
        for (String name : union(files.keySet(), now.files.keySet())) {
            State was = files.get(name);
            State is = now.files.get(name);
            if (was == null || is == null || !was.sameBytes(is)) {
                changed.add(name);
            }
        }
        return changed;
    }

    public Set<String> names() {
        return files.keySet();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
