package com.districtbulletin.edition;

import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.text.Chinese;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The files of an edition under {@code output/<year>/} (contract section 9): the latest edition as
 * {@code bulletin-<year>.pdf} and {@code statistics.csv}, and the final edition and its revisions
 * under names of their own that are never overwritten.
 */
public final class EditionFiles {

    private EditionFiles() {
    }

    public static String bulletin(int year) {
        return "bulletin-" + year + ".pdf";
    }

    /** {@code bulletin-2024-final.pdf}, {@code bulletin-2024-final-r1.pdf}. */
    public static String finalBulletin(EditionRecord edition) {
        return "bulletin-" + edition.year() + "-final" + revisionSuffix(edition) + ".pdf";
    }

    /** {@code statistics-final.csv}, {@code statistics-final-r1.csv}. */
    public static String finalStatistics(EditionRecord edition) {
        return "statistics-final" + revisionSuffix(edition) + ".csv";
    }

    /** {@code revisions-final-r1.csv}. */
    public static String revisions(EditionRecord edition) {
        return "revisions-final" + revisionSuffix(edition) + ".csv";
    }

    private static String revisionSuffix(EditionRecord edition) {
        return edition.isRevision() ? "-r" + edition.finalRevision() : "";
    }

    /**
     * Writes a file of a final edition, which is never overwritten: through a temporary file and
     * a rename when it is absent; when present (a run that died while publishing wrote it), it
     * must already hold exactly these bytes, else the run stops rather than change it.
     */
    public static void publish(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file)) {
            if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
                throw new IllegalStateException(Chinese.text("edition.error.wouldOverwrite", file));
            }
            return;
        }
        AtomicFile.write(file, out -> out.write(bytes));
    }
}
