package com.districtbulletin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A fresh H2 file database in PostgreSQL mode, as the product uses by default. */
public final class H2Database {

    private H2Database() {
    }

    public static String create() {
        try {
            return "jdbc:h2:file:" + Files.createTempDirectory("bulletin-h2").resolve("bulletin")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
