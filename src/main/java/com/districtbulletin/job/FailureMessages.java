package com.districtbulletin.job;

import com.districtbulletin.text.KnownCauses;
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

    /**
     * The same for a Chinese sentence: a root message in Chinese (the product's own, such as a
     * registry fault) as it is, any other as its known cause in Chinese. The originals are in the
     * log, where Spring Batch wrote each failure with its stack trace.
     */
    public static String inChinese(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .map(FailureMessages::inChinese)
                .distinct()
                .collect(Collectors.joining("；"));
    }

    public static String inChinese(Throwable failure) {
        String root = rootMessage(failure);
        return root.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? root : KnownCauses.of(failure);
    }

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
