package com.districtbulletin.edition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files of final editions, kept byte for byte in the database before they are written: a run
 * that finishes an interrupted edition — the same command or any other — writes the kept bytes,
 * never a file made again from data that may have moved since (a late file, a registry edit).
 */
@Component
public class KeptFiles {

    private final EditionStore editions;
    private final TransactionTemplate separately;

    public KeptFiles(EditionStore editions, PlatformTransactionManager transactions) {
        this.editions = editions;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The bytes of an edition's file as first made: made and kept the first time (in a transaction
     * of its own, committed before the file is written), read back every later time.
     */
    public byte[] once(EditionRecord edition, String name, Supplier<byte[]> make) {
        Optional<byte[]> kept = editions.file(edition.id(), name);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] bytes = make.get();
        separately.executeWithoutResult(status -> editions.keepFile(edition.id(), name, bytes));
        return bytes;
    }

    /** Writes the edition's file {@code name} into {@code folder} from its kept bytes; never overwrites ({@link EditionFiles#publish}). */
    public byte[] publish(EditionRecord edition, Path folder, String name, Supplier<byte[]> make) throws IOException {
        byte[] bytes = once(edition, name, make);
        EditionFiles.publish(folder.resolve(name), bytes);
        return bytes;
    }
}
