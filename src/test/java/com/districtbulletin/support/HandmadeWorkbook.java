package com.districtbulletin.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, as Excel writes them, for the cases a writing library will
 * not produce: formulas with and without a cached value, cached booleans and strings, hidden
 * and chart sheets, gaps between cells, shared strings. Cells are written left to right from
 * column A; {@link #gap()} leaves a cell out.
 *
 * <p>Styles: 0 General, 1 built-in date 14, 2 custom {@code yyyy"年"m"月"d"日"}, 3 {@code 0.00},
 * 4 Chinese built-in date 31, 5 custom {@code yyyy-mm-dd hh:mm}.
 */
public final class HandmadeWorkbook {

    public static final int GENERAL = 0;
    public static final int DATE = 1;
    public static final int CHINESE_DATE = 2;
    public static final int TWO_DECIMALS = 3;
    public static final int BUILT_IN_CHINESE_DATE = 4;
    public static final int DATE_TIME = 5;

    private final List<String[]> sheets = new ArrayList<>(); // name, state, "chart" for a chart sheet
    private final List<StringBuilder> sheetRows = new ArrayList<>();
    private final Map<String, Integer> sharedStrings = new LinkedHashMap<>();
    private boolean date1904;
    private StringBuilder rows;

    /** Starts a worksheet; rows follow. */
    public HandmadeWorkbook sheet(String name) {
        return sheet(name, "visible");
    }

    public HandmadeWorkbook hiddenSheet(String name) {
        return sheet(name, "hidden");
    }

    private HandmadeWorkbook sheet(String name, String state) {
        rows = new StringBuilder();
        sheets.add(new String[] {name, state, null});
        sheetRows.add(rows);
        return this;
    }

    public HandmadeWorkbook chartSheet(String name) {
        sheets.add(new String[] {name, "visible", "chart"});
        rows = null;
        sheetRows.add(null);
        return this;
    }

    public HandmadeWorkbook date1904() {
        date1904 = true;
        return this;
    }

    /** A row at worksheet row {@code number} (1-based) of cells made by the helpers below. */
    public HandmadeWorkbook row(int number, Cell... cells) {
        rows.append("<row r=\"").append(number).append("\">");
        int column = 0;
        for (Cell cell : cells) {
            if (cell != null) {
                rows.append(cell.xml(ref(column, number), this));
            }
            column++;
        }
        rows.append("</row>");
        return this;
    }

    /** A row whose cells are text, given in one string separated by commas. */
    public HandmadeWorkbook textRow(int number, String commaSeparated) {
        String[] parts = commaSeparated.split(",", -1);
        Cell[] cells = new Cell[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cells[i] = parts[i].isEmpty() ? null : text(parts[i]);
        }
        return row(number, cells);
    }

    /** A cell's XML at its reference. */
    public interface Cell {
        String xml(String ref, HandmadeWorkbook workbook);
    }

    public static Cell text(String value) {
        return (ref, wb) -> "<c r=\"" + ref + "\" t=\"s\"><v>" + wb.shared(value) + "</v></c>";
    }

    public static Cell inline(String value) {
        return (ref, wb) -> "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + esc(value) + "</t></is></c>";
    }

    public static Cell number(String value) {
        return number(value, GENERAL);
    }

    public static Cell number(String value, int style) {
        return (ref, wb) -> "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    public static Cell bool(boolean value) {
        return (ref, wb) -> "<c r=\"" + ref + "\" t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
    }

    /** A formula with a cached number (styled) or, when {@code cached} is null, none. */
    public static Cell formula(String formula, String cached, int style) {
        return (ref, wb) -> "<c r=\"" + ref + "\" s=\"" + style + "\"><f>" + esc(formula) + "</f>"
                + (cached == null ? "" : "<v>" + cached + "</v>") + "</c>";
    }

    public static Cell stringFormula(String formula, String cached) {
        return (ref, wb) -> "<c r=\"" + ref + "\" t=\"str\"><f>" + esc(formula) + "</f><v>" + esc(cached) + "</v></c>";
    }

    public static Cell booleanFormula(String formula, boolean cached) {
        return (ref, wb) -> "<c r=\"" + ref + "\" t=\"b\"><f>" + esc(formula) + "</f><v>" + (cached ? 1 : 0) + "</v></c>";
    }

    /** A cell that is styled but holds nothing, as Excel leaves a formatted empty cell. */
    public static Cell styledEmpty() {
        return (ref, wb) -> "<c r=\"" + ref + "\" s=\"1\"/>";
    }

    public static Cell gap() {
        return null;
    }

    private int shared(String value) {
        return sharedStrings.computeIfAbsent(value, v -> sharedStrings.size());
    }

    private static String ref(int column, int row) {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
            c = (c - 1) / 26;
        }
        return letters.toString() + row;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            writeTo(zip);
        }
        return file;
    }

    public void writeTo(ZipOutputStream zip) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdStrings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        List<String[]> parts = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            String[] s = sheets.get(i);
            boolean chart = "chart".equals(s[2]);
            String part = chart ? "chartsheets/sheet" + (i + 1) + ".xml" : "worksheets/sheet" + (i + 1) + ".xml";
            types.append("<Override PartName=\"/xl/").append(part).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.")
                    .append(chart ? "chartsheet" : "worksheet").append("+xml\"/>");
            workbook.append("<sheet name=\"").append(esc(s[0])).append("\" sheetId=\"").append(i + 1).append('"')
                    .append("visible".equals(s[1]) ? "" : " state=\"" + s[1] + "\"")
                    .append(" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                    .append(chart ? "chartsheet" : "worksheet").append("\" Target=\"").append(part).append("\"/>");
            String xml = chart
                    ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>"
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheetRows.get(i) + "</sheetData></worksheet>";
            parts.add(new String[] {"xl/" + part, xml});
        }
        types.append("</Types>");
        workbook.append("</sheets></workbook>");
        rels.append("</Relationships>");
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + sharedStrings.size()
                + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
        sharedStrings.keySet().forEach(v -> strings.append("<si><t xml:space=\"preserve\">").append(esc(v)).append("</t></si>"));
        strings.append("</sst>");
        put(zip, "[Content_Types].xml", types.toString());
        put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        put(zip, "xl/workbook.xml", workbook.toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
        put(zip, "xl/styles.xml", STYLES);
        put(zip, "xl/sharedStrings.xml", strings.toString());
        for (String[] part : parts) {
            put(zip, part[0], part[1]);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
            + "<numFmt numFmtId=\"177\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"31\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"177\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>";
}
