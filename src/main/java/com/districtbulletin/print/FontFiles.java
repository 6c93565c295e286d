package com.districtbulletin.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled fonts as files, for AWT (the charts): {@code Font.createFont} given a stream copies
 * it to a new temporary file that only a normal exit deletes, so every run ended by {@code kill -9}
 * left 35 MB in the temporary folder. Instead each font is written once to
 * {@code <java.io.tmpdir>/district-bulletin-fonts/}, under a name that carries its length and checksum,
 * and every later run reuses it after comparing it byte for byte with the bundled one. A run
 * killed while writing leaves a {@code .part} file named with its process id, which the next run
 * deletes once that process is gone. So the folder never holds more than one copy of each font.
 */
public final class FontFiles {

    public static final String FOLDER = "district-bulletin-fonts";
    private static final Logger log = LoggerFactory.getLogger(FontFiles.class);
    private static final Pattern PART = Pattern.compile(".*\\.(\\d+)\\.part");

    private FontFiles() {
    }

    /** The folder the fonts are kept in. */
    public static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), FOLDER);
    }

    /** A file holding exactly {@code bytes}, or empty when the folder cannot be used. */
    public static Optional<Path> of(String name, byte[] bytes) {
        return of(folder(), name, bytes);
    }

    public static Optional<Path> of(Path folder, String name, byte[] bytes) {
        Path file = folder.resolve(version(bytes) + "-" + name);
        try {
            Files.createDirectories(folder);
            removeAbandonedParts(folder);
            if (holds(file, bytes)) {
                return Optional.of(file);
            }
            Path part = folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            Files.write(part, bytes);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return holds(file, bytes) ? Optional.of(file) : Optional.empty();
        } catch (IOException | SecurityException e) {
            log.warn("Cannot keep the font {} in {} ({}); it is read through a temporary file", name, folder,
                    e.toString());
            return Optional.empty();
        }
    }

    /** Deletes what runs that died while writing a font left behind. */
    private static void removeAbandonedParts(Path folder) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : parts) {
                Matcher m = PART.matcher(part.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /** True when the file exists, is a regular file and holds exactly these bytes. */
    private static boolean holds(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file) || Files.isSymbolicLink(file) || Files.size(file) != bytes.length) {
            return false;
        }
        byte[] buffer = new byte[1 << 16];
        int at = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (at + n > bytes.length
                        || java.util.Arrays.mismatch(buffer, 0, n, bytes, at, at + n) >= 0) {
                    return false;
                }
                at += n;
            }
        }
        return at == bytes.length;
    }

    /**
     * What tells two versions of a font apart in its file's name: its length and CRC-32C. The name
     * only picks the file, which is then compared byte for byte; a SHA-256 of the 35 MB cost every
     * process half a second of CPU before its first chart.
     */
    static String version(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format(Locale.ROOT, "%08x%08x", bytes.length, crc.getValue());
    }
}
