package com.districtbulletin.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Every Chinese sentence the product shows a person — validation messages, bulletin wording,
 * filling instructions — lives in {@code text/zh.properties}; this class formats them.
 */
public final class Chinese {

    private static final Properties TEXTS = load();
    /** Where a text names the office that keeps the registry and publishes the bulletin. */
    private static final String OFFICE = "{office}";
    private static volatile String office;

    private Chinese() {
    }

    /**
     * The office the texts name ({office}): the run's {@code --bulletin.issuer}, set once when the
     * command line is read; none (null or blank) gives the neutral {@code text.office}.
     */
    public static void useOffice(String issuer) {
        office = issuer == null || issuer.isBlank() ? null : issuer.strip();
    }

    /** The text under {@code key}, with {0}, {1}… replaced by {@code args} and {office} by the office's name. */
    public static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No Chinese text for key " + key);
        }
        if (args.length == 0) {
            return pattern.replace(OFFICE, office());
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        String quoted = pattern.replace("'", "''").replace(OFFICE, "'" + office().replace("'", "''") + "'");
        return new MessageFormat(quoted, Locale.ROOT).format(shown);
    }

    private static String office() {
        String issuer = office;
        return issuer != null ? issuer : TEXTS.getProperty("text.office");
    }

    public static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Chinese.class.getResourceAsStream("/text/zh.properties")) {
            if (in == null) {
                throw new IllegalStateException("text/zh.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
