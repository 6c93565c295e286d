package com.districtbulletin.support;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.SubmissionName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The shipped sample input (the repository's input/ folder), copied for a test. */
public final class SampleInput {

    public static final Path FOLDER = Path.of("input").toAbsolutePath();

    private SampleInput() {
    }

    public static void copyTo(Path target) {
        copy(target, file -> true);
    }

    /**
     * The files of the sample's first district (990101, both years) and a registry of it alone: a
     * small input for the process tests whose point is not the data (settings, locks), so that
     * their runs are short — one receipt and one profile, not the registry's ten of each.
     */
    public static void copyOneDistrictTo(Path target) {
        copyMunicipalityOf(target, "990101");
    }

    /** The registry and the files (both years) of these districts alone. */
    public static void copyDistrictsTo(Path target, String... codes) {
        copy(target, file -> isRegistry(file) || isOfDistricts(file, codes));
    }

    /**
     * The files (both years) of these districts, and a registry of them alone: a municipality of
     * these districts, so that a run's receipts, profiles and bulletin tables are theirs only.
     */
    public static void copyMunicipalityOf(Path target, String... codes) {
        copyMunicipalityOf(target, EnumSet.allOf(Dataset.class), codes);
    }

    /**
     * As {@link #copyMunicipalityOf(Path, String...)}, with the districts' submissions of these
     * datasets alone (their other files, such as a file of another type, are kept).
     */
    public static void copyMunicipalityOf(Path target, Set<Dataset> datasets, String... codes) {
        copy(target, file -> isRegistry(file) || isOfDistricts(file, codes)
                && SubmissionName.parse(file.getFileName().toString())
                        .map(key -> datasets.contains(key.dataset())).orElse(true));
        Path registry = target.resolve("districts.csv");
        try {
            // the registry's header, and the rows of these districts, as the clerk wrote them (BOM, CRLF)
            String[] lines = Files.readString(registry, StandardCharsets.UTF_8).split("\r\n");
            StringBuilder kept = new StringBuilder(lines[0]).append("\r\n");
            for (String line : lines) {
                if (Stream.of(codes).anyMatch(code -> line.startsWith(code + ","))) {
                    kept.append(line).append("\r\n");
                }
            }
            Files.writeString(registry, kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRegistry(Path file) {
        return file.getFileName().toString().equals("districts.csv");
    }

    private static boolean isOfDistricts(Path file, String... codes) {
        String name = file.getFileName().toString();
        return Stream.of(codes).anyMatch(code -> name.startsWith(code + "_"));
    }

    private static void copy(Path target, Predicate<Path> wanted) {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(FOLDER.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else if (wanted.test(source)) {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
