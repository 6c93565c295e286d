package com.districtbulletin.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work run beside the caller's, on a thread of its own, and its result joined. */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * Starts {@code work} on a new thread named {@code name}: for the few long reads of a step, each on
     * a connection of its own (the common pool has one thread on two cores, and may be busy).
     */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result; what the work threw, thrown again as it was when it is unchecked. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
