package com.districtbulletin.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A submission file as the ingest sees it, whatever its form (data contract section 2): its
 * fingerprint over its bytes, what its encoding is recorded as, why its records cannot be read
 * if they cannot, and its records.
 */
public interface SubmissionFile {

    /** Inspects the file by its form: a {@code .xlsx} name is a workbook, anything else CSV text. */
    static SubmissionFile inspect(Path path) throws IOException {
        if (isWorkbook(path.getFileName().toString())) {
            return XlsxFile.inspect(path);
        }
        return DecodedFile.inspect(path);
    }

    static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    String sha256();

    /** How the file's encoding is recorded: UTF-8, UTF-8 BOM, GB18030, xlsx, or unknown. */
    String encodingName();

    /** The {@link ReadLimits limit} the file passes, as a clause for the clerk, or null within them all. */
    String overLimit();

    /** Why the records cannot be read, or empty when they can. */
    Optional<Unreadable> unreadable();

    /** The records, header first; only when {@link #unreadable()} is empty. */
    SubmissionRecords records() throws IOException;

    /** Why a file is rejected whole before its header is read. */
    record Unreadable(Kind kind, String reason) {

        public enum Kind {
            /** A CSV text neither UTF-8 nor GB18030. */
            ENCODING,
            /** Not a readable workbook: corrupt, encrypted, an old .xls renamed, a zip bomb. */
            WORKBOOK
        }
    }
}
