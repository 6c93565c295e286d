package com.districtbulletin.ingest;

import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import java.util.List;

/** The files the scan planned to read and that are not stored yet, in plan order: the ingest step's items. */
public final class PlannedFiles {

    private PlannedFiles() {
    }

    public static List<PlannedFile> load(SubmissionStore store) {
        return store.plannedFiles().stream().map(f -> new PlannedFile(f.filePath(),
                SubmissionName.parse(InputFolder.fileName(f.filePath())).orElseThrow(), f.sha256(),
                f.submissionId(), f.planOrder())).toList();
    }
}
