package com.districtbulletin.job;

import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;

/** The sentences that say why a job execution failed: the root causes' messages. */
public final class FailureMessages {

    private FailureMessages() {
    }

    public static String of(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .map(FailureMessages::rootMessage)
                .distinct()
                .collect(Collectors.joining("; "));
    }

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
