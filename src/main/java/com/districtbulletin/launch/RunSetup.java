package com.districtbulletin.launch;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.text.KnownCauses;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of a run's set-up that need no database: the input folder and its registry, the
 * output folder, the year and the edition. Made before Spring starts (so a refused run answers at
 * once and leaves no folder and no database file behind), and again by {@link RunPreflight}.
 * Nothing here creates anything.
 */
public final class RunSetup {

    /**
     * What the checks settled: the year ({@code null} for every open year) and whether the input
     * folder holds files of it; a year without files is refused unless the database holds it.
     */
    public record Checked(Integer year, boolean yearHasFiles) {
    }

    private RunSetup() {
    }

    public static Checked check(String year, Path input, Path output, Edition edition) {
        if (!Files.isDirectory(input)) {
            throw refused(Chinese.text("run.inputMissing", input.toAbsolutePath()));
        }
        InputFolder folder = new InputFolder(input);
        if (!Files.isRegularFile(folder.registry())) {
            throw refused(Chinese.text("run.registryMissing", folder.root()));
        }
        boolean openYears = year != null && year.trim().equalsIgnoreCase("open");
        if (openYears && edition == Edition.FINAL) {
            throw refused(Chinese.text("run.finalNeedsYear"));
        }
        checkOutputCanBeCreated(output);
        if (openYears) {
            return new Checked(null, true);
        }
        if (year != null) {
            int given = Integer.parseInt(year.trim());
            return new Checked(given, yearsOfFiles(folder).anyMatch(fileYear -> fileYear == given));
        }
        int latest = yearsOfFiles(folder).max()
                .orElseThrow(() -> refused(Chinese.text("run.noSubmissions", folder.root())));
        return new Checked(latest, true);
    }

    /** The checks before Spring: the settings as the run will see them, and no stored year when there is no database yet. */
    public static void checkBeforeSpring(RunSettings settings) {
        Checked checked = check(settings.value("bulletin.year"), Path.of(settings.value("bulletin.input", "input")),
                Path.of(settings.value("bulletin.output", "output")), edition(settings.value("bulletin.edition")));
        if (!checked.yearHasFiles() && !databaseMayExist(settings.databaseUrl())) {
            throw noDataForYear(checked.year());
        }
    }

    public static RunRefused noDataForYear(int year) {
        return refused(Chinese.text("run.noDataForYear", year));
    }

    /**
     * An embedded database file that does not exist holds no year; any other database (one on
     * a server, or an existing file) is asked once Spring has started.
     */
    static boolean databaseMayExist(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return true;
        }
        String location = url.substring("jdbc:h2:".length()).replaceAll(";.*", "");
        if (location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")) {
            return true;
        }
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        return Files.exists(file.resolveSibling(file.getFileName() + ".mv.db"));
    }

    /** The output folder exists and is writable, or its nearest existing parent folder is. */
    private static void checkOutputCanBeCreated(Path output) {
        Path existing = output.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            // as creating the folder would fail: a file where the folder should be, or above it
            throw RunSetup.outputNotWritable(output, existing.equals(output.toAbsolutePath().normalize())
                    ? new FileAlreadyExistsException(existing.toString())
                    : new NotDirectoryException(existing.toString()));
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw RunSetup.outputNotWritable(output, new AccessDeniedException(existing.toString()));
        }
    }

    static RunRefused outputNotWritable(Path output, Exception cause) {
        return refused(Chinese.text("run.outputNotWritable", output.toAbsolutePath(), KnownCauses.of(cause)));
    }

    private static java.util.stream.IntStream yearsOfFiles(InputFolder folder) {
        return folder.submissionFiles().stream()
                .map(path -> SubmissionName.parse(InputFolder.fileName(path)))
                .flatMap(Optional::stream)
                .mapToInt(key -> key.year());
    }

    private static Edition edition(String value) {
        return value == null ? Edition.PROVISIONAL : Edition.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    private static RunRefused refused(String sentence) {
        return new RunRefused(ExitCodes.BAD_SETUP, sentence);
    }
}
