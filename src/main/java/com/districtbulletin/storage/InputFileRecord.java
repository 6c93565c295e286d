package com.districtbulletin.storage;

import com.districtbulletin.validation.ProblemCode;

/**
 * One file of the input folder as the latest run found it: the submission it is, or the
 * problem its name alone has (then {@code code} and {@code message} are set). A file whose
 * content must be read has its place in the ingest plan ({@code planOrder}); until it is
 * stored, {@code submissionId} is the version in force with the same content, if any.
 * {@code signature} is what the scan saw of the file on disk before its content was read (size,
 * times, inode), null when not known.
 */
public record InputFileRecord(String filePath, Integer year, String sha256, Long submissionId, ProblemCode code,
                              String message, Integer planOrder, String signature) {

    public InputFileRecord(String filePath, Integer year, String sha256, Long submissionId, ProblemCode code,
                           String message, Integer planOrder) {
        this(filePath, year, sha256, submissionId, code, message, planOrder, null);
    }

    public boolean planned() {
        return planOrder != null;
    }
}
