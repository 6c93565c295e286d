package com.districtbulletin.launch;

import com.districtbulletin.job.BulletinProperties;
import com.districtbulletin.job.FailureMessages;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.text.Chinese;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: checks the set-up, takes the run lock, runs the job, and turns the outcome
 * into the exit status (see {@link ExitCodes}) with one clear sentence when it is not 0.
 */
@Component
@ConditionalOnProperty(name = "bulletin.command.enabled", havingValue = "true", matchIfMissing = true)
public class BulletinCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(BulletinCommand.class);

    private final BulletinProperties properties;
    private final RunPreflight preflight;
    private final RunLock lock;
    private final BulletinLauncher launcher;
    private final int lockWaitSeconds;
    private int exitCode;

    public BulletinCommand(BulletinProperties properties, RunPreflight preflight, RunLock lock,
                           BulletinLauncher launcher, @Value("${bulletin.lock-wait-seconds:0}") int lockWaitSeconds) {
        this.properties = properties;
        this.preflight = preflight;
        this.lock = lock;
        this.launcher = launcher;
        this.lockWaitSeconds = lockWaitSeconds;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try {
            RunParameters run = preflight.check(properties);
            try (RunLock.Held held = lock.acquire(lockWaitSeconds)) {
                if (held == null) {
                    throw new RunRefused(ExitCodes.LOCKED, Chinese.text("run.locked"));
                }
                JobExecution execution = launcher.run(run);
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    exitCode = ExitCodes.OK;
                } else {
                    exitCode = ExitCodes.JOB_FAILED;
                    log.error(Chinese.text("run.failed", FailureMessages.inChinese(execution)));
                }
            }
        } catch (RunRefused refused) {
            exitCode = refused.exitCode();
            log.error(refused.getMessage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
