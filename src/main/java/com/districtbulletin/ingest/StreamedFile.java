package com.districtbulletin.ingest;

import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.SubmissionFile;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A file whose rows the writer checks as it stores them: the file read as UTF-8, the inspection
 * (fingerprint and encoding) running meanwhile on another thread, and the check of the file whole,
 * as the processor makes it for any other file, for when the guess of UTF-8 was wrong or the file
 * changed (null when it turns out unchanged). {@code inForceSha256} is the fingerprint of the version
 * in force for its key when the step started (null for none): a file found to have that content
 * after all is checked whole too, for it may be unchanged.
 */
record StreamedFile(DecodedFile assumed, Future<SubmissionFile> inspection, String inForceSha256,
                    Callable<CheckedSubmission> checkedWhole) {

    /** The inspection's outcome, once it is over. */
    SubmissionFile inspected() throws IOException {
        return inspected(inspection);
    }

    static SubmissionFile inspected(Future<SubmissionFile> inspection) throws IOException {
        try {
            return inspection.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Whether the rows read stand for the file: the inspection read the same bytes, as UTF-8, within
     * the limits, and they are not the content of the version in force.
     */
    boolean rowsStand() {
        try {
            SubmissionFile inspected = inspected();
            return DecodedFile.sameReading(assumed, inspected) && !inspected.sha256().equals(inForceSha256);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    CheckedSubmission checkWhole() {
        try {
            return checkedWhole.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
