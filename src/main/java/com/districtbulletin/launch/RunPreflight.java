package com.districtbulletin.launch;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.job.BulletinProperties;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.text.KnownCauses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks what a run needs before it starts, and settles the year when none was given: the
 * checks of {@link RunSetup} (already made once before Spring started), then whether the database
 * holds a year the input folder has no file for, then the output folder, created and probed.
 */
@Component
public class RunPreflight {

    private final SubmissionStore submissions;

    public RunPreflight(SubmissionStore submissions) {
        this.submissions = submissions;
    }

    public RunParameters check(BulletinProperties properties) {
        RunSetup.Checked checked = RunSetup.check(properties.year(), properties.input(), properties.output(),
                properties.edition());
        if (!checked.yearHasFiles() && !submissions.hasInForce(checked.year())) {
            throw RunSetup.noDataForYear(checked.year());
        }
        checkWritable(properties.output());
        return new RunParameters(checked.year(), properties.input(), properties.output(),
                checked.year() == null ? Edition.PROVISIONAL : properties.edition());
    }

    private static void checkWritable(Path output) {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            LoggerFactory.getLogger(RunPreflight.class).info("Output folder check: {}", KnownCauses.original(e));
            throw RunSetup.outputNotWritable(output, e);
        }
    }
}
