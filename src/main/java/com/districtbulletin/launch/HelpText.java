package com.districtbulletin.launch;

import com.districtbulletin.text.Chinese;
import java.util.Objects;

/** {@code --help} and {@code --version}: written from {@link Options} and application.properties, without Spring. */
public final class HelpText {

    private HelpText() {
    }

    public static String version() {
        return Chinese.text("cli.version", Objects.requireNonNullElse(RunSettings.defaultValue("bulletin.version"), "?"));
    }

    public static String help() {
        StringBuilder text = new StringBuilder();
        text.append(version()).append("\n\n").append(Chinese.text("cli.usage")).append("\n\n");
        text.append(Chinese.text("cli.optionsHeading")).append("\n");
        for (Option option : Options.ALL) {
            text.append("  ").append(option.shownAs()).append("\n");
            text.append("      ").append(option.meaning()).append("\n");
            String defaultValue = defaultOf(option);
            if (defaultValue != null) {
                text.append("      ").append(Chinese.text("cli.default", defaultValue)).append("\n");
            }
            if (option.settableInEnvironment()) {
                text.append("      ").append(Chinese.text("cli.environment", option.environmentVariable())).append("\n");
            }
        }
        text.append("\n").append(Chinese.text("cli.exitHeading")).append("\n");
        for (int status = ExitCodes.OK; status <= ExitCodes.NO_DATABASE; status++) {
            text.append("  ").append(status).append("  ").append(Chinese.text("cli.exit." + status)).append("\n");
        }
        return text.toString();
    }

    private static String defaultOf(Option option) {
        String described = "option." + option.name() + ".default";
        if (Chinese.has(described)) {
            return Chinese.text(described);
        }
        return RunSettings.defaultValue(option.name());
    }
}
