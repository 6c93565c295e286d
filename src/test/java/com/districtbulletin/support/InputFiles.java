package com.districtbulletin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes test submissions into an input folder, the way a clerk would (UTF-8, LF). */
public final class InputFiles {

    private final Path input;

    public InputFiles(Path input) {
        this.input = input;
    }

    public InputFiles registry(String... rows) {
        List<String> lines = new ArrayList<>(List.of("code,name,deputies,order"));
        lines.addAll(List.of(rows));
        return write("districts.csv", lines);
    }

    public InputFiles file(String name, String header, List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return write(name, lines);
    }

    public InputFiles write(String name, List<String> lines) {
        try {
            Path file = input.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void delete(String name) {
        try {
            Files.delete(input.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} rows made by {@code row} from their 1-based index. */
    public static List<String> rows(int n, java.util.function.IntFunction<String> row) {
        List<String> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    @SafeVarargs
    public static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
