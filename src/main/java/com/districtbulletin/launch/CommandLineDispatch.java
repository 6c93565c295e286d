package com.districtbulletin.launch;

import com.districtbulletin.template.ClerkTemplates;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.text.KnownCauses;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The process's entry: checks the command line, answers {@code --help}, {@code --version},
 * {@code --templates} and {@code --validate} on its own (no Spring context, no database), checks
 * a run's set-up ({@link RunSetup}), and starts Spring only for a run that passed.
 */
public final class CommandLineDispatch {

    private CommandLineDispatch() {
    }

    /** Returns the exit status (see {@link ExitCodes}); {@code startRun} starts Spring with the arguments. */
    public static int run(String[] args, Map<String, String> environment, ToIntFunction<String[]> startRun) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CommandLine.Invocation invocation;
        try {
            invocation = CommandLine.parse(List.of(args), environment);
        } catch (RunRefused refused) {
            err.println(refused.getMessage());
            return refused.exitCode();
        }
        Chinese.useOffice(new RunSettings(args, environment).value("bulletin.issuer"));
        switch (invocation.action()) {
            case HELP -> out.print(HelpText.help());
            case VERSION -> out.println(HelpText.version());
            case TEMPLATES -> {
                return writeTemplates(invocation.templates(), out, err);
            }
            case VALIDATE -> {
                return ValidateCommand.run(invocation.validate(), invocation.input(), out, err);
            }
            case RUN -> {
                try {
                    RunSetup.checkBeforeSpring(new RunSettings(args, environment));
                } catch (RunRefused refused) {
                    err.println(refused.getMessage());
                    return refused.exitCode();
                }
                return startRun.applyAsInt(args);
            }
        }
        return ExitCodes.OK;
    }

    private static int writeTemplates(Path folder, PrintStream out, PrintStream err) {
        try {
            for (Path file : ClerkTemplates.write(folder)) {
                out.println(Chinese.text("cli.templateWritten", file.toAbsolutePath()));
            }
            return ExitCodes.OK;
        } catch (IOException | SecurityException e) {
            err.println(Chinese.text("cli.templatesNotWritable", folder.toAbsolutePath(), KnownCauses.of(e)));
            return ExitCodes.BAD_SETUP;
        }
    }
}
