package com.districtbulletin.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A run's settings as Spring will see them, read before Spring starts: the command line, else a
 * system property, else the environment (the launchers export {@code bulletin.env}), else the
 * default in {@code application.properties}.
 */
public final class RunSettings {

    private static final Properties DEFAULTS = defaults();

    private final String[] args;
    private final Map<String, String> environment;

    public RunSettings(String[] args, Map<String, String> environment) {
        this.args = args.clone();
        this.environment = environment;
    }

    /** The setting's value, or null when it is set nowhere and has no default. */
    public String value(String name) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        String property = System.getProperty(name);
        if (property != null) {
            return property;
        }
        String variable = environment.get(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
        return variable != null ? variable : DEFAULTS.getProperty(name);
    }

    public String value(String name, String otherwise) {
        String value = value(name);
        return value != null ? value : otherwise;
    }

    /** The setting's default in {@code application.properties}, or null. */
    public static String defaultValue(String name) {
        return DEFAULTS.getProperty(name);
    }

    /** The database URL: {@code spring.datasource.url}, else the embedded file database in the data folder. */
    public String databaseUrl() {
        String dataDir = value("bulletin.data-dir");
        String url = value("spring.datasource.url");
        return url.replace("${bulletin.data-dir}", dataDir);
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        try (InputStream in = RunSettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
