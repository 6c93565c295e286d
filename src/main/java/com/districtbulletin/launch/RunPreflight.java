package com.districtbulletin.launch;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.job.BulletinProperties;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.text.KnownCauses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Checks what a run needs before it starts, and settles the year when none was given. */
@Component
public class RunPreflight {

    private final SubmissionStore submissions;

    public RunPreflight(SubmissionStore submissions) {
        this.submissions = submissions;
    }

    public RunParameters check(BulletinProperties properties) {
        Path inputPath = properties.input();
        if (!Files.isDirectory(inputPath)) {
            throw new RunRefused(ExitCodes.BAD_SETUP, Chinese.text("run.inputMissing", inputPath.toAbsolutePath()));
        }
        InputFolder input = new InputFolder(inputPath);
        if (!Files.isRegularFile(input.registry())) {
            throw new RunRefused(ExitCodes.BAD_SETUP, Chinese.text("run.registryMissing", input.root()));
        }
        checkWritable(properties.output());
        if (properties.openYears()) {
            if (properties.edition() == Edition.FINAL) {
                throw new RunRefused(ExitCodes.BAD_SETUP, Chinese.text("run.finalNeedsYear"));
            }
            return new RunParameters(null, inputPath, properties.output(), Edition.PROVISIONAL);
        }
        int year = properties.year() != null ? Integer.parseInt(properties.year().trim()) : latestYear(input);
        if (!hasData(input, year)) {
            throw new RunRefused(ExitCodes.BAD_SETUP, Chinese.text("run.noDataForYear", year));
        }
        return new RunParameters(year, inputPath, properties.output(), properties.edition());
    }

    private static void checkWritable(Path output) {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            org.slf4j.LoggerFactory.getLogger(RunPreflight.class).info("Output folder check: {}", KnownCauses.original(e));
            throw new RunRefused(ExitCodes.BAD_SETUP,
                    Chinese.text("run.outputNotWritable", output.toAbsolutePath(), KnownCauses.of(e)));
        }
    }

    private static int latestYear(InputFolder input) {
        return input.submissionFiles().stream()
                .map(path -> SubmissionName.parse(InputFolder.fileName(path)))
                .flatMap(Optional::stream)
                .mapToInt(key -> key.year())
                .max()
                .orElseThrow(() -> new RunRefused(ExitCodes.BAD_SETUP, Chinese.text("run.noSubmissions", input.root())));
    }

    private boolean hasData(InputFolder input, int year) {
        boolean inFolder = input.submissionFiles().stream()
                .map(path -> SubmissionName.parse(InputFolder.fileName(path)))
                .flatMap(Optional::stream)
                .anyMatch(key -> key.year() == year);
        return inFolder || submissions.hasInForce(year);
    }
}
