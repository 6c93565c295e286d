package com.districtbulletin.fuzz;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;

/**
 * A seeded generator of mutated submissions (issue 14): well-formed files of the four datasets,
 * full of formula, SQL and HTML text, emoji and rare CJK in names, headers and cells, then
 * mutated the way careless senders and broken programs do — byte flips, truncation mid-row and
 * mid-character, stray quotes, other separators and line ends, other encodings, BOMs in odd
 * places, NUL, huge cells, wide headers, duplicated and missing columns — under long and odd
 * paths. The same seed gives the same files.
 */
public final class SubmissionFuzzer {

    /** The year the fuzzed files are mostly for, and the bulletin's. */
    public static final int YEAR = 2024;
    /** Names written in the person_name column: none may appear in any output. */
    public static final List<String> PERSON_NAMES = List.of("欧阳翠花", "司马光明", "诸葛小亮", "上官飞燕", "皇甫嵩岳",
            "东方未明", "慕容秋水", "令狐青山", "尉迟恭敬", "公孙玉衡", "𠀀某某", "Zhang😀Wei");

    /** The datasets fuzzed: the first four, and reviews, the other one with names. */
    static final List<Dataset> DATASETS = List.of(Dataset.MEETINGS, Dataset.INSPECTIONS, Dataset.APPOINTMENTS,
            Dataset.SUGGESTIONS, Dataset.REVIEWS);
    /**
     * Files written besides the fuzzed ones, for a district of their own: an appointments and a
     * reviews file whose second row opens a quote in its last cell that nothing closes, so that
     * the cell swallows every later row, 姓名 cells included (issue 19).
     */
    public static final List<String> UNCLOSED_QUOTE_FILES = List.of("unclosed/%s_2024_appointments.csv",
            "unclosed/%s_2024_reviews.csv");
    /**
     * The same two files, for another district, whose header ran into the first row (its line
     * break flipped to another byte), so that the first row's 姓名 stands among the header's cells.
     */
    public static final List<String> JOINED_HEADER_FILES = List.of("joined/%s_2024_appointments.csv",
            "joined/%s_2024_reviews.csv");

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String[] HOSTILE_TEXT = {
        "=1+2", "=HYPERLINK(\"http://x\",\"点此\")", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=1", "\r=1",
        "'; DROP TABLE submission; --", "1' OR '1'='1", "<script>alert('区')</script>", "<b>加粗</b>&amp;",
        "😀📁", "𠀀𪚥𫠠", "零\u200B宽\uFEFF字符", "带,逗号", "带\"引号\"", "带\n换行", "带\r\n回车换行",
        "控制\u0007字符", "　全角空格　", "\\反斜杠\\", "%s%n{0}${x}", "NULL", "null", "-0", "١٢٣"};
    private static final String[] ODD_FOLDERS = {
        "", "", "", "2024/", "区县报送/", "a\\b/", "第一批\n第二批/", "emoji😀📁/", "罕见𠀀字/", "  空格  /",
        "tab\there/", "#%&{}[]()!;'/", "..dots../", "-dash/", "=formula/", "<html>/", "very/deep/folder/tree/"};

    private final Random random;
    private final Path input;
    private final int districts;

    private SubmissionFuzzer(Path input, long seed, int files) {
        this.random = new Random(seed);
        this.input = input;
        this.districts = Math.max(10, files / 50 + 1);
    }

    /** Writes a registry and {@code files} mutated submissions into {@code input}; returns their paths. */
    public static List<String> generate(Path input, int files, long seed) {
        SubmissionFuzzer fuzzer = new SubmissionFuzzer(input, seed, files);
        try {
            Files.createDirectories(input);
            fuzzer.writeRegistry();
            List<String> written = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                written.add(fuzzer.writeFile(i));
            }
            written.addAll(fuzzer.writeNamedFiles(UNCLOSED_QUOTE_FILES, fuzzer.districts, false));
            written.addAll(fuzzer.writeNamedFiles(JOINED_HEADER_FILES, fuzzer.districts + 1, true));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String code(int district) {
        return Integer.toString(500000 + district);
    }

    private void writeRegistry() throws IOException {
        StringBuilder text = new StringBuilder("code,name,deputies,order\n");
        for (int d = 0; d <= districts + 1; d++) { // the last two for the unclosed quotes and joined headers
            String name = switch (d % 7) {
                case 3 -> "表情😀区" + d;
                case 5 -> "罕见𠀀区" + d;
                default -> "测试" + d + "区";
            };
            text.append(code(d)).append(',').append(name).append(',').append(100 + random.nextInt(300))
                    .append(',').append(d + 1).append('\n');
        }
        Files.writeString(input.resolve("districts.csv"), text.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The files of {@link #UNCLOSED_QUOTE_FILES} (every row but the second well-formed) or of
     * {@link #JOINED_HEADER_FILES} (the header's line break a vertical tab), with no other mutation.
     */
    private List<String> writeNamedFiles(List<String> patterns, int district, boolean joinHeader) throws IOException {
        List<String> written = new ArrayList<>();
        for (String pattern : patterns) {
            String relative = pattern.formatted(code(district));
            Dataset dataset = relative.contains("appointments") ? Dataset.APPOINTMENTS : Dataset.REVIEWS;
            StringBuilder text = new StringBuilder();
            List<Column> columns = dataset.columns();
            text.append(String.join(",", columns.stream().map(Column::name).toList())).append(joinHeader ? '\u000b' : '\n');
            for (int r = 1; r <= 200; r++) {
                List<String> cells = new ArrayList<>();
                for (Column c : columns) {
                    String cell = c.name().equals("person_name") ? PERSON_NAMES.get(r % PERSON_NAMES.size())
                            : c.name().endsWith("_id") ? "ID-" + r
                            : switch (c.type()) {
                                case DATE -> YEAR + "-03-05";
                                case INTEGER -> "1";
                                case BOOLEAN -> "是";
                                case ENUM -> c.choices().get(0).code();
                                case TEXT -> "正常内容" + r;
                            };
                    cells.add(cell);
                }
                if (r == 2 && !joinHeader) {
                    cells.set(cells.size() - 1, "\"" + cells.get(cells.size() - 1));
                }
                text.append(String.join(",", cells)).append('\n');
            }
            Path file = input.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            written.add(relative);
        }
        return written;
    }

    /** File {@code i}: district i/5 mod districts, one of {@link #DATASETS} in turn, a year spread over ten. */
    private String writeFile(int i) throws IOException {
        int kinds = DATASETS.size();
        Dataset dataset = DATASETS.get(i % kinds);
        int district = (i / kinds) % districts;
        int year = YEAR - (i / (kinds * districts)) % 10;
        String districtPart = code(district);
        int nameKind = random.nextInt(40);
        if (nameKind == 0) {
            districtPart = "999999";                        // UNKNOWN_DISTRICT
        } else if (nameKind == 1) {
            districtPart = "测试" + district + "区";          // a name, not a code: FILE_NAME
        }
        String datasetPart = random.nextBoolean() ? dataset.fileName() : dataset.alias();
        String name = districtPart + "_" + year + "_" + datasetPart + (random.nextInt(30) == 0 ? ".CSV" : ".csv");
        if (nameKind == 2) {
            name = name.replace(".csv", "😀.csv");           // FILE_NAME with an emoji
        }
        String folder = ODD_FOLDERS[random.nextInt(ODD_FOLDERS.length)];
        if (random.nextInt(25) == 0) {
            folder = longFolder();
        }
        String relative = folder.isEmpty() && random.nextInt(3) == 0 ? name : "f" + i + "/" + folder + name;
        if (random.nextInt(60) == 0 && i > 0) {
            relative = "dup" + i + "/" + code(((i - 1) / kinds) % districts) + "_" + year + "_" + dataset.fileName() + ".csv";
        }
        Path file = input.resolve(relative);
        if (Files.exists(file)) {
            relative = "again" + i + "/" + relative;
            file = input.resolve(relative);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, mutate(content(dataset, year)));
        return relative;
    }

    /** Folders whose path passes 1,200 characters, each name under the 255-byte limit of the file system. */
    private String longFolder() {
        StringBuilder folder = new StringBuilder();
        for (int level = 0; level < 16; level++) {
            folder.append("很长的文件夹名称😀".repeat(6)).append(level).append('/');
        }
        return folder.toString();
    }

    private String content(Dataset dataset, int year) {
        List<Column> columns = new ArrayList<>(dataset.columns());
        if (random.nextInt(4) == 0) {
            Collections.shuffle(columns, random);
        }
        List<String> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(random.nextInt(3) == 0 ? c.alias() : random.nextInt(5) == 0
                    ? c.name().toUpperCase(Locale.ROOT) : c.name());
        }
        int headerMutation = random.nextInt(30);
        if (headerMutation == 0) {
            header.add("备注😀");
        } else if (headerMutation == 1) {
            header.add(header.get(0));                        // DUPLICATE_COLUMN
        } else if (headerMutation == 2) {
            header.remove(0);                                 // MISSING_COLUMN (the id)
            columns.remove(0);
        } else if (headerMutation == 3) {
            header.add("=cmd|' /C calc'!A0");
        } else if (headerMutation == 4) {
            header.add("𠀀列");
        }
        StringBuilder text = new StringBuilder();
        text.append(CSVFormat.RFC4180.format(header.toArray())).append('\n');
        int rows = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 25);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(cell(c, year, r));
            }
            while (cells.size() < header.size()) {
                cells.add(random.nextBoolean() ? "" : hostile());
            }
            text.append(CSVFormat.RFC4180.format(cells.toArray())).append('\n');
            if (random.nextInt(40) == 0) {
                text.append(random.nextBoolean() ? "\n" : ",,,,\n");
            }
        }
        return text.toString();
    }

    private String cell(Column c, int year, int row) {
        if (!c.isRequired() && random.nextInt(6) == 0) {
            return "";
        }
        return switch (c.type()) {
            case TEXT -> text(c, row);
            case INTEGER -> random.nextInt(30) == 0 ? hostile() : Integer.toString(random.nextInt(40));
            case DATE -> date(year);
            case BOOLEAN -> List.of("是", "否", "Y", "n", "true", "0").get(random.nextInt(6));
            case ENUM -> {
                Choice choice = c.choices().get(random.nextInt(c.choices().size()));
                yield random.nextInt(40) == 0 ? hostile() : random.nextBoolean() ? choice.code() : choice.label();
            }
        };
    }

    private String text(Column c, int row) {
        if (c.name().equals("person_name")) {
            return PERSON_NAMES.get(random.nextInt(PERSON_NAMES.size()));
        }
        if (c.name().endsWith("_id")) {
            String id = "ID-" + row;
            return random.nextInt(12) == 0 ? hostile() + row : id;
        }
        return random.nextInt(3) == 0 ? hostile() : "正常内容" + row;
    }

    private String hostile() {
        return HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)];
    }

    private String date(int year) {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
            case 1 -> year + "/" + month + "/" + day;
            case 2 -> year + "." + month + "." + day;
            case 3 -> year + "年" + month + "月" + day + "日";
            default -> random.nextInt(10) == 0 ? (year + 1) + "-02-30" : year + "-" + month + "-" + day;
        };
    }

    /** Zero to three mutations of the text's bytes. */
    private byte[] mutate(String text) {
        int mutations = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(3);
        Charset charset = StandardCharsets.UTF_8;
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(9)) {
                case 0 -> text = text.replace("\n", List.of("\r\n", "\r", "\n\r").get(random.nextInt(3)));
                case 1 -> text = text.replace(",", random.nextBoolean() ? ";" : "\t");
                case 2 -> text = insert(text, "\"");
                case 3 -> text = insert(text, "\u0000");
                case 4 -> text = insert(text, "x".repeat(random.nextBoolean() ? 1_000 + random.nextInt(20_000)
                        : 32_768 + random.nextInt(10_000)));
                case 5 -> text = wideHeader(text);
                case 6 -> charset = List.of(GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                        .get(random.nextInt(3));
                case 7 -> text = random.nextBoolean() ? "\uFEFF" + text : insert(text, "\uFEFF");
                default -> text = insert(text, hostile());
            }
        }
        byte[] bytes = text.getBytes(charset);
        int byteMutation = random.nextInt(10);
        if (byteMutation == 0 && bytes.length > 0) {
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
        } else if (byteMutation == 1 && bytes.length > 1) {
            // truncated anywhere: mid-row, mid-character
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        } else if (byteMutation == 2) {
            ByteArrayOutputStream mixed = new ByteArrayOutputStream();
            mixed.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            mixed.writeBytes(random.nextBoolean() ? bytes : "区,县\n".getBytes(GB18030));
            mixed.writeBytes(bytes);
            bytes = mixed.toByteArray();
        }
        return bytes;
    }

    private String wideHeader(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return text;
        }
        int extra = random.nextInt(4) == 0 ? 1_000 + random.nextInt(500) : 10 + random.nextInt(40);
        StringBuilder wide = new StringBuilder(text.substring(0, end));
        for (int k = 0; k < extra; k++) {
            wide.append(",多余列").append(k);
        }
        return wide + text.substring(end);
    }

    private String insert(String text, String what) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        if (at > 0 && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return text.substring(0, at) + what + text.substring(at);
    }
}
