package com.districtbulletin.template;

import static com.districtbulletin.text.Chinese.text;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.CrossFieldRule;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.registry.RegistryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** 填报说明.html: what each file and column means, generated from the column declarations. */
final class FillingInstructions {

    static final String FILE_NAME = "填报说明.html";

    /** The general instructions, in order, before the datasets' columns. */
    private static final List<String> GENERAL = List.of("template.encoding", "template.header",
            "template.newColumns", "template.dates", "template.numbers", "template.booleans", "template.enums",
            "template.resubmit");

    /** The general instructions, the list of files to submit named from the declared datasets. */
    static List<String> general() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("template.files", Dataset.values().length,
                Arrays.stream(Dataset.values()).map(Dataset::alias).collect(Collectors.joining("、")),
                Arrays.stream(Dataset.values()).map(Dataset::fileName).collect(Collectors.joining("、"))));
        GENERAL.forEach(key -> paragraphs.add(text(key)));
        return paragraphs;
    }

    private FillingInstructions() {
    }

    static Path write(Path folder) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(text("template.title"))).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6}")
                // fixed layout: a table is never wider than the page; long codes wrap inside their cell
                .append("table{border-collapse:collapse;width:100%;margin:1em 0;table-layout:fixed}")
                .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top;")
                .append("overflow-wrap:anywhere;word-break:break-word}")
                .append("th{background:#eee}code{background:#f4f4f4;padding:0 .2em}")
                .append("table.columns col.c1{width:11%}table.columns col.c2{width:15%}table.columns col.c3{width:7%}")
                .append("table.columns col.c4{width:10%}table.columns col.c5{width:7%}table.columns col.c6{width:24%}")
                .append("table.example{font-size:.85em}")
                .append("@media print{body{max-width:none;margin:0;font-size:10pt}}@page{size:A4;margin:15mm}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(text("template.title"))).append("</h1>\n");
        for (String paragraph : general()) {
            html.append("<p>").append(esc(paragraph)).append("</p>\n");
        }
        for (Dataset dataset : Dataset.values()) {
            html.append("<h2>").append(esc(text("template.datasetHeading", dataset.alias(), dataset.fileName())))
                    .append("</h2>\n<p>").append(esc(text("template.fileNameExample", dataset.alias(), dataset.fileName())))
                    .append("</p>\n");
            columns(html, dataset.columns(), dataset.rules());
            html.append("<p>").append(esc(text("template.exampleRow"))).append("</p>\n<table class=\"example\"><tr>");
            for (String alias : ClerkTemplates.aliases(dataset.columns())) {
                html.append("<th>").append(esc(alias)).append("</th>");
            }
            html.append("</tr>\n<tr>");
            for (String cell : ClerkTemplates.exampleRow(dataset)) {
                html.append("<td>").append(esc(cell)).append("</td>");
            }
            html.append("</tr></table>\n");
        }
        html.append("<h2>").append(esc(text("template.registryHeading"))).append("</h2>\n<p>")
                .append(esc(text("template.registry"))).append("</p>\n");
        columns(html, RegistryReader.COLUMNS, List.of());
        html.append("</body></html>\n");
        Path file = folder.resolve(FILE_NAME);
        AtomicFile.write(file, out -> out.write(html.toString().getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private static void columns(StringBuilder html, List<Column> columns, List<CrossFieldRule> rules) {
        RuleWording wording = new RuleWording(columns, rules);
        html.append("<table class=\"columns\"><colgroup>");
        for (int i = 1; i <= 7; i++) {
            html.append("<col class=\"c").append(i).append("\">");
        }
        html.append("</colgroup><tr>");
        for (String head : text("template.columnsHeader").split("\\|")) {
            html.append("<th>").append(esc(head)).append("</th>");
        }
        html.append("</tr>\n");
        for (Column c : columns) {
            List<String> cells = describe(c, wording);
            html.append("<tr><td>").append(esc(cells.get(0))).append("</td><td><code>").append(esc(cells.get(1)))
                    .append("</code></td>");
            for (String cell : cells.subList(2, cells.size())) {
                html.append("<td>").append(esc(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * A column as the instructions describe it, in the order of {@code template.columnsHeader}: its
     * requirement and the sentences of its rules worded from the declarations ({@link RuleWording}).
     */
    static List<String> describe(Column c, RuleWording wording) {
        return List.of(c.alias(), c.name(), text("template.type." + c.type().name()), wording.requirement(c),
                c.defaultValue() == null ? "" : c.defaultValue(), allowed(c), meaning(c, wording));
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

    /** The declared meaning, then the column's rules and date bound. */
    private static String meaning(Column c, RuleWording wording) {
        List<String> parts = new ArrayList<>();
        if (c.isAddedInV3()) {
            parts.add(text("template.newColumn"));
        }
        if (!c.meaning().isEmpty()) {
            parts.add(c.meaning());
        }
        parts.addAll(wording.sentences(c));
        return String.join("；", parts);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
