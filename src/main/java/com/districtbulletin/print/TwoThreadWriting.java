package com.districtbulletin.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Many small documents written on two threads: embedding the fonts' subsets is most of a small
 * document's cost. The caller's thread writes the first half with the shared fonts, a second
 * thread the other half with font objects of its own; each document must be the same whichever
 * thread writes it (each reseeds its fonts). Below {@code from} documents, or on one core, the
 * second font set is not worth its loading and all are written on the caller's thread.
 */
public final class TwoThreadWriting {

    /** Writes some of the documents with the fonts given. */
    @FunctionalInterface
    public interface Part<T> {
        void write(List<T> documents, BulletinFonts fonts) throws IOException;
    }

    private TwoThreadWriting() {
    }

    public static <T> void write(List<T> documents, int from, Part<T> part) throws IOException {
        if (documents.size() < from || Runtime.getRuntime().availableProcessors() < 2) {
            part.write(documents, BulletinFonts.shared());
            return;
        }
        int half = documents.size() / 2;
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                part.write(documents.subList(half, documents.size()), BulletinFonts.loadPrivateSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        part.write(documents.subList(0, half), BulletinFonts.shared());
        try {
            second.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
