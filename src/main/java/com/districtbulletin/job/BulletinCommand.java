package com.districtbulletin.job;

import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: resolves the options, runs the job, and turns its outcome into the exit
 * status (0 when the bulletin was produced) and one clear sentence when it was not.
 */
@Component
@ConditionalOnProperty(name = "bulletin.command.enabled", havingValue = "true", matchIfMissing = true)
public class BulletinCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(BulletinCommand.class);

    private final BulletinProperties properties;
    private final BulletinLauncher launcher;
    private int exitCode;

    public BulletinCommand(BulletinProperties properties, BulletinLauncher launcher) {
        this.properties = properties;
        this.launcher = launcher;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path input = properties.input();
        Path output = properties.output();
        int year = properties.year() != null ? properties.year() : latestYear(new InputFolder(input));
        JobExecution execution = launcher.run(new RunParameters(year, input, output));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            exitCode = 0;
            log.info("Done: {}", output.resolve(Integer.toString(year)).toAbsolutePath());
        } else {
            exitCode = 1;
            log.error("The run failed: {}", FailureMessages.of(execution));
        }
    }

    private static int latestYear(InputFolder input) {
        return input.submissionFiles().stream()
                .map(path -> SubmissionName.parse(InputFolder.fileName(path)))
                .flatMap(java.util.Optional::stream)
                .mapToInt(key -> key.year())
                .max()
                .orElseThrow(() -> new IllegalStateException("No submission files in " + input.root()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
