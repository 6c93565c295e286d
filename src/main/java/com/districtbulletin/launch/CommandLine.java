package com.districtbulletin.launch;

import com.districtbulletin.text.Chinese;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the command line against {@link Options} before anything starts: an unknown option,
 * a bad value (on the command line or in the environment the launchers export) or a stray
 * word is refused with exit status 2 and one sentence; nothing has touched the database.
 */
public final class CommandLine {

    /** What the command line asks for. */
    public enum Action { HELP, VERSION, TEMPLATES, VALIDATE, RUN }

    /**
     * The parsed command line; {@code templates} is the folder for {@link Action#TEMPLATES};
     * {@code validate} the file or folder for {@link Action#VALIDATE}, {@code input} the input
     * folder whose registry it falls back on.
     */
    public record Invocation(Action action, Path templates, Path validate, Path input) {

        Invocation(Action action, Path templates) {
            this(action, templates, null, null);
        }
    }

    private CommandLine() {
    }

    public static Invocation parse(List<String> args, Map<String, String> environment) {
        if (args.stream().anyMatch(arg -> arg.equals("--help") || arg.equals("-h") || arg.equals("help"))) {
            return new Invocation(Action.HELP, null);
        }
        Set<String> given = new HashSet<>();
        Path templates = null;
        Path validate = null;
        String input = null;
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw refused(Chinese.text("cli.notAnOption", arg));
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            String value = equals < 0 ? null : arg.substring(equals + 1);
            Option option = Options.find(name).orElseThrow(() -> refused(unknown(name)));
            if (!given.add(name)) {
                throw refused(Chinese.text("cli.repeated", "--" + name));
            }
            check(option, "--" + name, value);
            if (name.equals("templates")) {
                templates = Path.of(value == null || value.isBlank() ? "templates" : value);
            }
            if (name.equals("validate")) {
                validate = Path.of(value);
            }
            if (name.equals("bulletin.input")) {
                input = value;
            }
        }
        for (Option option : Options.ALL) {
            String variable = option.environmentVariable();
            String value = environment.get(variable);
            if (option.settableInEnvironment() && !given.contains(option.name()) && value != null
                    && !option.rule().accepts(value)) {
                throw refused(Chinese.text("cli.badEnvironmentValue", variable, "--" + option.name(), value,
                        option.rule().allowed()));
            }
        }
        if (given.contains("version")) {
            return new Invocation(Action.VERSION, null);
        }
        if (templates != null) {
            return new Invocation(Action.TEMPLATES, templates);
        }
        if (validate != null) {
            String folder = input != null ? input : environment.getOrDefault("BULLETIN_INPUT", "input");
            return new Invocation(Action.VALIDATE, null, validate, Path.of(folder));
        }
        return new Invocation(Action.RUN, null);
    }

    private static void check(Option option, String shown, String value) {
        if (value == null) {
            if (option.rule() != ValueRule.NONE && option.rule() != ValueRule.OPTIONAL_PATH) {
                throw refused(Chinese.text("cli.needsValue", shown, option.rule().allowed()));
            }
            return;
        }
        if (option.rule() == ValueRule.NONE) {
            throw refused(Chinese.text("cli.takesNoValue", shown));
        }
        if (!option.rule().accepts(value)) {
            throw refused(Chinese.text("cli.badValue", shown, value, option.rule().allowed()));
        }
    }

    private static String unknown(String name) {
        return Options.closestTo(name)
                .map(option -> Chinese.text("cli.unknownDidYouMean", "--" + name, "--" + option.name()))
                .orElseGet(() -> Chinese.text("cli.unknown", "--" + name));
    }

    private static RunRefused refused(String sentence) {
        return new RunRefused(ExitCodes.BAD_SETUP, sentence);
    }
}
