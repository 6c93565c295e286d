package com.districtbulletin.ingest;

import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;

/**
 * A file the operating system cannot read now, or that changed while it was read (UNREADABLE_FILE):
 * stored as no version, only reported in the input folder's snapshot, and read again next run.
 */
final class UnreadableFile {

    private UnreadableFile() {
    }

    static Problem problem(String path, SubmissionReadException e) {
        // past a limit on a later reading, the file is no longer the one whose first reading passed it
        String reason = e.kind() == SubmissionReadException.Kind.UNREADABLE ? e.detail()
                : Chinese.text("reading.changed");
        return new Problem(path, null, null, null, ProblemCode.UNREADABLE_FILE,
                Chinese.text("problem.UNREADABLE_FILE.os", reason));
    }
}
