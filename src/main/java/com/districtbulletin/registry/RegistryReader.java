package com.districtbulletin.registry;

import static com.districtbulletin.dataset.Column.column;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.submission.CsvRecords;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.CellParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code districts.csv}, the office's registry of districts (data contract section 4).
 * Unlike a district's submission, any fault here stops the run: every figure depends on it.
 */
public final class RegistryReader {

    public static final List<Column> COLUMNS = List.of(
            column("code", "区划代码", ColumnType.TEXT).required().means("6位行政区划代码"),
            column("name", "名称", ColumnType.TEXT).required().means("如 江夏区"),
            column("deputies", "代表人数", ColumnType.INTEGER).means("本级人大代表人数，用于计算每百名代表提出建议件数"),
            column("order", "排序", ColumnType.INTEGER).means("公报中的显示顺序，留空则按区划代码"),
            column("deputies_all_levels", "各级代表人数", ColumnType.INTEGER)
                    .means("在本区登记的各级人大代表人数，用于计算代表进站率"),
            column("since", "设立年份", ColumnType.INTEGER).means("区划设立的第一年（4位年份），留空表示不限"),
            column("until", "撤销年份", ColumnType.INTEGER).means("区划存在的最后一年（4位年份），不得早于设立年份，留空表示不限"),
            column("townships", "乡镇（街道）数", ColumnType.INTEGER)
                    .means("区内乡、民族乡、镇和街道（含行使街道职能的管委会）的个数，用于计算站点覆盖乡镇（街道）率"));

    private RegistryReader() {
    }

    public static List<District> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RegistryException(Chinese.text("registry.missing", file));
        }
        try {
            DecodedFile decoded = DecodedFile.inspect(file).withLimitsCounted();
            if (decoded.overLimit() != null) {
                throw problem(file, 1, decoded.overLimit());
            }
            if (decoded.charset() == null) {
                throw problem(file, 1, Chinese.text("registry.encoding"));
            }
            try (CsvRecords records = new CsvRecords(decoded.open())) {
                if (!records.hasNext()) {
                    throw problem(file, 1, Chinese.text("registry.empty"));
                }
                CsvRecords.Record header = records.next();
                int[] positions = positions(file, header);
                List<District> districts = new ArrayList<>();
                Map<String, Integer> lineOfCode = new HashMap<>();
                Map<String, District> byName = new HashMap<>();
                Map<String, Integer> lineOfName = new HashMap<>();
                while (records.hasNext()) {
                    CsvRecords.Record record = records.next();
                    District district = district(file, record, positions, lineOfCode);
                    District earlier = byName.putIfAbsent(district.name(), district);
                    if (earlier != null) {
                        throw problem(file, record.line(), Chinese.text("registry.duplicateName", district.name(),
                                lineOfName.get(district.name()), earlier.code(), district.code()));
                    }
                    lineOfName.put(district.name(), record.line());
                    districts.add(district);
                }
                if (districts.isEmpty()) {
                    throw problem(file, header.line(), Chinese.text("registry.empty"));
                }
                return districts;
            }
        } catch (SubmissionReadException e) {
            throw problem(file, 1, e.detail());
        }
    }

    private static int[] positions(Path file, CsvRecords.Record header) {
        int[] positions = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            positions[c] = -1;
            for (int i = 0; i < header.cells().size(); i++) {
                String name = CellParser.trim(header.cells().get(i));
                Column column = COLUMNS.get(c);
                if (column.name().equals(name.toLowerCase(Locale.ROOT)) || column.alias().equals(name)) {
                    positions[c] = i;
                }
            }
            if (positions[c] < 0 && COLUMNS.get(c).isRequired()) {
                throw problem(file, header.line(), Chinese.text("registry.noColumn", COLUMNS.get(c).displayName()));
            }
        }
        return positions;
    }

    private static District district(Path file, CsvRecords.Record record, int[] positions,
                                     Map<String, Integer> lineOfCode) {
        String[] cells = new String[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            int p = positions[c];
            cells[c] = p < 0 || p >= record.cells().size() ? "" : CellParser.trim(record.cells().get(p));
            if (cells[c].isEmpty() && COLUMNS.get(c).isRequired()) {
                throw problem(file, record.line(), Chinese.text("registry.required", COLUMNS.get(c).displayName()));
            }
        }
        String code = cells[0];
        if (!code.matches("\\d{6}")) {
            throw problem(file, record.line(), Chinese.text("registry.badCode", code));
        }
        Integer earlier = lineOfCode.putIfAbsent(code, record.line());
        if (earlier != null) {
            throw problem(file, record.line(), Chinese.text("registry.duplicateCode", code, earlier));
        }
        Integer since = year(file, record, COLUMNS.get(5), cells[5]);
        Integer until = year(file, record, COLUMNS.get(6), cells[6]);
        if (since != null && until != null && until < since) {
            throw problem(file, record.line(), Chinese.text("registry.untilBeforeSince", until, since));
        }
        return new District(code, cells[1], integer(file, record, COLUMNS.get(2), cells[2]),
                integer(file, record, COLUMNS.get(3), cells[3]), integer(file, record, COLUMNS.get(4), cells[4]),
                since, until, integer(file, record, COLUMNS.get(7), cells[7]));
    }

    /** A year of 4 digits, or null when empty. */
    private static Integer year(Path file, CsvRecords.Record record, Column column, String cell) {
        Integer year = integer(file, record, column, cell);
        if (year != null && (year < 1000 || year > 9999 || cell.length() != 4)) {
            throw problem(file, record.line(), Chinese.text("registry.badYear", column.displayName(), cell));
        }
        return year;
    }

    private static Integer integer(Path file, CsvRecords.Record record, Column column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        Object value = CellParser.parseInteger(cell);
        if (value == CellParser.INVALID || (Long) value > Integer.MAX_VALUE) {
            throw problem(file, record.line(), Chinese.text("registry.badInteger", column.displayName(), cell));
        }
        return ((Long) value).intValue();
    }

    private static RegistryException problem(Path file, int line, String what) {
        return new RegistryException(Chinese.text("registry.problem", file.getFileName(), line, what));
    }
}
