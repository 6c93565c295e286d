package com.districtbulletin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What a file looks like on disk without reading it: its size, modification and change times to
 * the nanosecond, device and inode. Any write to the file, a rename over it, {@code touch -d} or a
 * copy that keeps the modification time, changes its change time, which no program can set; so a
 * file seen again with the same signature holds the content fingerprinted under it.
 *
 * <p>A file changed less than {@link #SETTLED} before it is looked at gets no signature: a second
 * write within the same tick of the file system's clock could leave its times as they were.
 */
final class FileSignature {

    /** More than any file system's timestamp resolution (FAT's two seconds). */
    static final Duration SETTLED = Duration.ofSeconds(3);

    private FileSignature() {
    }

    /**
     * The file's signature, or null when it has none to trust (no Unix attributes, changed just now,
     * unreadable, not a regular file: a link is judged by what it points to, which its own times do not follow).
     */
    static String of(Path path, Instant now) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile",
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
            return null;
        }
        Instant modified = ((FileTime) a.get("lastModifiedTime")).toInstant();
        Instant changed = ((FileTime) a.get("ctime")).toInstant();
        Instant settled = now.minus(SETTLED);
        if (!modified.isBefore(settled) || !changed.isBefore(settled)) {
            return null;
        }
        return a.get("size") + " " + nanos(modified) + " " + nanos(changed) + " " + a.get("dev") + " " + a.get("ino");
    }

    private static String nanos(Instant t) {
        return t.getEpochSecond() + "." + (1_000_000_000 + t.getNano()); // the nanoseconds, 1-prefixed to keep 9 digits
    }
}
