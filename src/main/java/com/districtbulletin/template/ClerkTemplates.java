package com.districtbulletin.template;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.registry.RegistryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Blank templates for the clerks: per dataset a CSV one (Chinese headers, UTF-8 with BOM so that
 * Excel on Chinese Windows opens it right) and an {@code .xlsx} one with drop-downs and date
 * formats, and a CSV one for the registry. Generated from the column declarations, like the
 * filling instructions beside them.
 */
public final class ClerkTemplates {

    private ClerkTemplates() {
    }

    /** Writes the templates and 填报说明.html into {@code folder}; returns the files written. */
    public static List<Path> write(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            Path file = folder.resolve(templateName(dataset));
            CsvOutput.write(file, aliases(dataset.columns()), List.of());
            written.add(file);
            written.add(XlsxTemplate.write(folder, dataset));
        }
        Path registry = folder.resolve("districts.csv");
        CsvOutput.write(registry, aliases(RegistryReader.COLUMNS), List.of());
        written.add(registry);
        written.add(FillingInstructions.write(folder));
        return written;
    }

    /** 区划代码_年度_会议.csv: the name a clerk renames to, e.g. 420115_2024_会议.csv. */
    public static String templateName(Dataset dataset) {
        return "区划代码_年度_" + dataset.alias() + ".csv";
    }

    public static List<String> aliases(List<Column> columns) {
        return columns.stream().map(Column::alias).toList();
    }

    /** The example row of a dataset, in its columns' order. */
    public static List<String> exampleRow(Dataset dataset) {
        return dataset.columns().stream().map(Column::exampleCell).toList();
    }
}
