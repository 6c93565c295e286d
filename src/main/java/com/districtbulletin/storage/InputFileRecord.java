package com.districtbulletin.storage;

import com.districtbulletin.validation.ProblemCode;

/**
 * One file of the input folder as the latest run found it: the submission it is, or the
 * problem its name alone has (then {@code code} and {@code message} are set). A file whose
 * content must be read has its place in the ingest plan ({@code planOrder}); until it is
 * stored, {@code submissionId} is the version in force with the same content, if any.
 */
public record InputFileRecord(String filePath, Integer year, String sha256, Long submissionId, ProblemCode code,
                              String message, Integer planOrder) {

    public boolean planned() {
        return planOrder != null;
    }
}
