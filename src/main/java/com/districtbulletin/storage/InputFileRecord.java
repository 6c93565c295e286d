package com.districtbulletin.storage;

import com.districtbulletin.validation.ProblemCode;

/**
 * One file of the input folder as the latest run found it: the submission it is, or the
 * problem its name alone has (then {@code code} and {@code message} are set).
 */
public record InputFileRecord(String filePath, Integer year, String sha256, Long submissionId, ProblemCode code,
                              String message) {
}
