package com.districtbulletin.template;

import static com.districtbulletin.text.Chinese.text;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.registry.RegistryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** 填报说明.html: what each file and column means, generated from the column declarations. */
final class FillingInstructions {

    static final String FILE_NAME = "填报说明.html";

    private FillingInstructions() {
    }

    static Path write(Path folder) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(text("template.title"))).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.6}")
                .append("table{border-collapse:collapse;width:100%;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append("th{background:#eee}code{background:#f4f4f4;padding:0 .2em}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(text("template.title"))).append("</h1>\n");
        for (String key : List.of("template.files", "template.encoding", "template.header", "template.dates",
                "template.numbers", "template.booleans", "template.enums", "template.resubmit")) {
            html.append("<p>").append(esc(text(key))).append("</p>\n");
        }
        for (Dataset dataset : Dataset.values()) {
            html.append("<h2>").append(esc(text("template.datasetHeading", dataset.alias(), dataset.fileName())))
                    .append("</h2>\n<p>").append(esc(text("template.fileNameExample", dataset.alias(), dataset.fileName())))
                    .append("</p>\n");
            columns(html, dataset.columns());
            html.append("<p>").append(esc(text("template.exampleRow"))).append("</p>\n<pre>")
                    .append(esc(String.join(",", ClerkTemplates.aliases(dataset.columns())))).append('\n')
                    .append(esc(String.join(",", ClerkTemplates.exampleRow(dataset)))).append("</pre>\n");
        }
        html.append("<h2>").append(esc(text("template.registryHeading"))).append("</h2>\n<p>")
                .append(esc(text("template.registry"))).append("</p>\n");
        columns(html, RegistryReader.COLUMNS);
        html.append("</body></html>\n");
        Path file = folder.resolve(FILE_NAME);
        AtomicFile.write(file, out -> out.write(html.toString().getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private static void columns(StringBuilder html, List<Column> columns) {
        html.append("<table><tr>");
        for (String head : text("template.columnsHeader").split("\\|")) {
            html.append("<th>").append(esc(head)).append("</th>");
        }
        html.append("</tr>\n");
        for (Column c : columns) {
            html.append("<tr><td>").append(esc(c.alias())).append("</td><td><code>").append(esc(c.name()))
                    .append("</code></td><td>").append(esc(text("template.type." + c.type().name())))
                    .append("</td><td>").append(esc(text(c.isRequired() ? "template.required" : "template.optional")))
                    .append("</td><td>").append(esc(c.defaultValue() == null ? "" : c.defaultValue()))
                    .append("</td><td>").append(esc(allowed(c)))
                    .append("</td><td>").append(esc(meaning(c))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String allowed(Column c) {
        return switch (c.type()) {
            case ENUM -> c.choices().stream()
                    .map(ch -> ch.label().equals(ch.code()) ? ch.label() : ch.label() + "（" + ch.code() + "）")
                    .collect(Collectors.joining("、"));
            case BOOLEAN -> text("template.booleanValues");
            case DATE -> text("template.dateValues");
            case INTEGER -> text("template.integerValues");
            case TEXT -> "";
        };
    }

    private static String meaning(Column c) {
        String inYear = c.mustFallInYear() ? text("template.inYear") : "";
        return c.meaning().isEmpty() ? inYear : c.meaning() + (inYear.isEmpty() ? "" : "；" + inYear);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
