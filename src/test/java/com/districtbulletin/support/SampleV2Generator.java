package com.districtbulletin.support;

import com.districtbulletin.print.Style;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.districtbulletin.support.V2Rows.Choice;
import com.districtbulletin.support.V2Rows.Column;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the sample input's contract-v2 datasets (deputy_activities, stations,
 * livelihood_projects, petitions, legislation, filings, reviews) for the fictional districts
 * 9901xx, 2023 and 2024, each district in its clerk's habits (input/README.md), some as
 * {@code .xlsx} saved with FastExcel, plus the README's deliberately broken rows and files.
 * Seeded: the same run writes the same files. Run from the project root:
 * {@code java -cp target/test-classes:target/classes:<dependencies> com.districtbulletin.support.SampleV2Generator input}.
 */
public final class SampleV2Generator {

    /** How a district's clerk writes a file. */
    enum Format { GB_CRLF, BOM_CRLF, UTF8_LF, XLSX }

    record Style(String code, String name, int deputies, Format format, boolean chineseHeaders, String dates,
            boolean chineseLabels, String yes, String no, boolean chineseFileNames, String folder,
            boolean fullWidth) {
    }

    private static final List<Style> STYLES = List.of(
            new Style("990101", "青溪区", 268, Format.GB_CRLF, true, "cn", true, "是", "否", false, "<y>/", false),
            new Style("990102", "望江区", 241, Format.BOM_CRLF, true, "slash", true, "是", "否", false, "", false),
            new Style("990103", "临湖区", 196, Format.UTF8_LF, false, "iso", false, "Y", "N", false, "<y>/", false),
            new Style("990104", "南屏县", 312, Format.GB_CRLF, true, "cn", true, "是", "否", true, "<y>/", false),
            new Style("990105", "云台区", 223, Format.XLSX, true, "slash", true, "是", "否", false, "<y>/990105/", false),
            new Style("990106", "柳林区", 187, Format.UTF8_LF, false, "iso", false, "true", "false", false, "<y>/", false),
            new Style("990107", "白沙县", 276, Format.GB_CRLF, true, "cn", true, "是", "否", true, "<y>/", false),
            new Style("990108", "东湖新技术开发区", 150, Format.XLSX, true, "slash", true, "是", "否", false, "<y>/", false),
            new Style("990109", "石桥区", 134, Format.UTF8_LF, false, "iso", false, "Y", "N", false, "<y>/990109/", false),
            new Style("990110", "凤鸣县", 245, Format.GB_CRLF, true, "dot", true, "是", "否", true, "<y>/凤鸣县/", true));


    private final Path root;
    private final V2Rows v2 = new V2Rows(new Random(20240905L));

    private SampleV2Generator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        new SampleV2Generator(Path.of(args.length > 0 ? args[0] : "input")).run();
    }

    private void run() throws IOException {
        for (Style style : STYLES) {
            Map<Integer, List<String>> stationIds = new LinkedHashMap<>();
            List<Object[]> stations2023 = null;
            for (int year : new int[] {2023, 2024}) {
                if (style.code().equals("990109") && year == 2023) {
                    continue;
                }
                double size = style.deputies() / 200.0;
                List<Object[]> stations = v2.stations(style.name(), style.deputies(), year, size, stations2023);
                stations2023 = stations;
                List<String> ids = new ArrayList<>();
                stations.forEach(s -> ids.add((String) s[0]));
                stationIds.put(year, ids);
                write(style, year, "stations", "联络站点", V2Rows.STATION_COLUMNS, stations);
                write(style, year, "deputy_activities", "代表活动", V2Rows.ACTIVITY_COLUMNS, v2.activities(year, size, ids));
                write(style, year, "livelihood_projects", "民生实事", V2Rows.PROJECT_COLUMNS, v2.projects(year));
                write(style, year, "petitions", "信访", V2Rows.PETITION_COLUMNS, v2.petitions(year, size));
                write(style, year, "legislation", "立法联系", V2Rows.LEGISLATION_COLUMNS, v2.legislation(year));
                write(style, year, "filings", "备案审查", V2Rows.FILING_COLUMNS, v2.filings(style.name(), year, size));
                write(style, year, "reviews", "履职评议", V2Rows.REVIEW_COLUMNS, v2.reviews(style.name(), year));
            }
        }
        // FILE_TYPE: 白沙县's clerk also dropped the old-format workbook of the 2024 filings
        Path xls = root.resolve("2024/990107_2024_备案审查.xls");
        byte[] ole = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        Files.write(xls, ole);
    }

    // ---- broken rows ----------------------------------------------------------------------

    /** The README's deliberately broken rows (line = index + 2) and the file with no valid row. */
    private static List<Object[]> breakRows(String key, List<Object[]> rows) {
        switch (key) {
            case "990103_2024_deputy_activities" -> { // UNKNOWN_STATION: a station of another district
                rows.get(40)[1] = V2Rows.choice("进站接待", "station_reception");
                rows.get(40)[3] = "LZ099";
            }
            case "990106_2024_deputy_activities" -> { // HANDLED_EXCEEDS_COLLECTED
                rows.get(100)[5] = 40;
                rows.get(100)[6] = 6;
                rows.get(100)[7] = 9;
            }
            case "990101_2024_livelihood_projects" -> { // COMPLETED_DATE_REQUIRED
                Object[] row = rows.stream().filter(r -> ((Choice) r[4]).code().equals("completed")).findFirst()
                        .orElseThrow();
                row[5] = null;
            }
            case "990104_2024_petitions" -> { // STATUS_WITHOUT_HANDLING
                rows.get(29)[2] = V2Rows.choice("来信", "letter");
                rows.get(29)[5] = null;
                rows.get(29)[6] = V2Rows.choice("正在办理", "in_progress");
            }
            case "990110_2024_reviews" -> { // NO_VALID_ROWS: every 评议方式 is 民主测评, not an enumerated form
                List<Object[]> few = new ArrayList<>(rows.subList(0, 4));
                few.forEach(r -> r[2] = "民主测评");
                return few;
            }
            default -> {
            }
        }
        return rows;
    }

    // ---- writing --------------------------------------------------------------------------

    private void write(Style style, int year, String dataset, String alias, List<Column> columns, List<Object[]> rows)
            throws IOException {
        String fileName = style.code() + "_" + year + "_" + (style.chineseFileNames() ? alias : dataset)
                + (style.format() == Format.XLSX ? ".xlsx" : ".csv");
        Path file = root.resolve(style.folder().replace("<y>", String.valueOf(year)) + fileName);
        Files.createDirectories(file.getParent());
        rows = breakRows(style.code() + "_" + year + "_" + dataset, rows);
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(style.chineseHeaders() ? c.alias() : c.name()));
        if (style.format() == Format.XLSX) {
            writeXlsx(style, file, header, rows);
        } else {
            writeCsv(style, file, header, rows);
        }
    }

    private void writeCsv(Style style, Path file, List<String> header, List<Object[]> rows) throws IOException {
        String newline = style.format() == Format.UTF8_LF ? "\n" : "\r\n";
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", header)).append(newline);
        for (Object[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(quote(text(style, value)));
            }
            text.append(String.join(",", cells)).append(newline);
        }
        byte[] bytes;
        if (style.format() == Format.GB_CRLF) {
            bytes = text.toString().getBytes(Charset.forName("GB18030"));
        } else {
            String content = (style.format() == Format.BOM_CRLF ? "\uFEFF" : "") + text;
            bytes = content.getBytes(StandardCharsets.UTF_8);
        }
        Files.write(file, bytes);
    }

    private void writeXlsx(Style style, Path file, List<String> header, List<Object[]> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    Object value = row[c];
                    if (value instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("yyyy/m/d").set();
                    } else if (value instanceof Integer number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, text(style, value));
                    }
                }
            }
            Worksheet notes = workbook.newWorksheet("填报说明");
            notes.value(0, 0, "请按第一张工作表填报，一行一条记录；日期请填写为日期格式。");
            workbook.finish();
        }
    }

    private static String text(Style style, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Choice choice) {
            return style.chineseLabels() ? choice.label() : choice.code();
        }
        if (value instanceof Boolean bool) {
            return bool ? style.yes() : style.no();
        }
        if (value instanceof LocalDate date) {
            return switch (style.dates()) {
                case "cn" -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
                case "slash" -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
                case "dot" -> date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth();
                default -> date.toString();
            };
        }
        if (value instanceof Integer number && style.fullWidth() && number % 7 == 3) {
            StringBuilder wide = new StringBuilder();
            for (char ch : number.toString().toCharArray()) {
                wide.append((char) (ch - '0' + '０'));
            }
            return wide.toString();
        }
        return value.toString();
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

}
