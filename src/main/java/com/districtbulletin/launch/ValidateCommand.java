package com.districtbulletin.launch;

import com.districtbulletin.ingest.FolderCheck;
import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.RegistryException;
import com.districtbulletin.registry.RegistryReader;
import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.text.Chinese;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --validate=PATH} (data contract section 10): checks a file or a folder of submissions
 * with the ingest's own checks, without Spring or a database and storing nothing; prints the
 * problems as {@code validation-report.csv} rows to standard output; exits 0 when every file
 * would be accepted without rejected rows, 1 otherwise (2 when PATH or the registry is wrong).
 * The registry is PATH's {@code districts.csv}, else that of the input folder, else none.
 */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static int run(Path path, Path input, PrintStream out, PrintStream err) {
        if (!Files.exists(path)) {
            err.println(Chinese.text("cli.validateMissing", path.toAbsolutePath()));
            return ExitCodes.BAD_SETUP;
        }
        List<District> registry;
        try {
            registry = registry(path, input);
        } catch (RegistryException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_SETUP;
        }
        FolderCheck.Result result = FolderCheck.of(path, registry);
        try {
            CsvOutput.print(out, ValidationReport.HEADER, ValidationReport.rows(result.problems(),
                    registry == null ? List.of() : registry));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
        return result.clean() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    private static List<District> registry(Path path, Path input) {
        Path own = path.resolve(InputFolder.REGISTRY);
        if (Files.isDirectory(path) && Files.isRegularFile(own)) {
            return RegistryReader.read(own);
        }
        Path inputRegistry = input.resolve(InputFolder.REGISTRY);
        return Files.isRegularFile(inputRegistry) ? RegistryReader.read(inputRegistry) : null;
    }
}
