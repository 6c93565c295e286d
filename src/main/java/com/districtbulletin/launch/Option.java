package com.districtbulletin.launch;

import com.districtbulletin.text.Chinese;
import java.util.Locale;

/**
 * One command-line option: its name (without the leading {@code --}), the values it accepts,
 * and whether it names a family ({@code logging.level.} takes any logger after the dot). Its
 * meaning for {@code --help} is the Chinese text {@code option.<name>}; its default is the
 * text {@code option.<name>.default} or else the value in {@code application.properties}.
 */
public record Option(String name, ValueRule rule, boolean family) {

    public static Option of(String name, ValueRule rule) {
        return new Option(name, rule, false);
    }

    public static Option family(String prefix, ValueRule rule) {
        return new Option(prefix, rule, true);
    }

    public boolean matches(String given) {
        return family ? given.startsWith(name) && given.length() > name.length() : given.equals(name);
    }

    /** The environment variable Spring also reads the setting from: bulletin.lock-wait-seconds → BULLETIN_LOCK_WAIT_SECONDS. */
    public String environmentVariable() {
        return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Whether it is set by a launcher's env file rather than given on the command line. */
    public boolean settableInEnvironment() {
        return !family && rule != ValueRule.NONE && !name.equals("templates") && !name.equals("validate");
    }

    public String meaning() {
        return Chinese.text("option." + name);
    }

    public String shownAs() {
        if (rule == ValueRule.NONE) {
            return "--" + name;
        }
        return "--" + name + (family ? "<名称>" : "") + "=" + Chinese.text("cli.placeholder." + rule.name());
    }
}
