package com.districtbulletin.support;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the sample input's 2024 CSV files into contract-v3 files (input/README.md, "Contract v3 in
 * 2024"), in each clerk's habits (encoding, line ends, header language, labels or codes, booleans,
 * date form): it appends the v3 columns each district collects to its files (some districts only
 * some columns, 990108 none), changes a few rows to a value v3 added where no v2 metric counts the
 * difference (a 其他 activity becomes 负责人进站, a 联系代表 one 座谈会, an online station or studio
 * 观察点), adds legislation rows of v3's three new kinds with no opinions submitted, writes a
 * {@code service_tasks} file for every district but 990106 and 990108, and adds 乡镇（街道）数 to the
 * registry. Metrics 1–81 keep their values: {@code SampleInputTest} compares them with the statistics
 * main produced before v3. The workbooks (.xlsx) are left as they are. Seeded; it refuses to run on a
 * folder it already changed. Run from the project root after {@code mvn -B -ntp test-compile}:
 * {@code java -cp target/test-classes:target/classes:<dependencies> com.districtbulletin.support.SampleV3Generator input}.
 */
public final class SampleV3Generator {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The v3 columns each district collects, per dataset; absent: none of that dataset's. */
    private static final Map<String, Map<Dataset, List<String>>> COLLECTED = new LinkedHashMap<>();

    /** Districts that send a service_tasks file for 2024. */
    private static final Set<String> SERVICE_TASKS = Set.of("990101", "990102", "990103", "990104", "990105",
            "990107", "990109", "990110");

    /** Registry 乡镇（街道）数 beyond the townships the stations name; null leaves the cell empty. */
    private static final Map<String, Integer> EXTRA_TOWNSHIPS = new LinkedHashMap<>();

    static {
        Map<Dataset, List<String>> all = new LinkedHashMap<>();
        for (Dataset d : Dataset.values()) {
            if (!d.declaration().isAddedInV3()) {
                List<String> v3 = d.columns().stream().filter(Column::isAddedInV3).map(Column::name).toList();
                if (!v3.isEmpty()) {
                    all.put(d, v3);
                }
            }
        }
        for (String code : List.of("990101", "990102", "990103", "990106", "990109", "990110")) {
            COLLECTED.put(code, all);
        }
        COLLECTED.put("990104", Map.of(Dataset.MEETINGS, List.of("agenda_items"),
                Dataset.INSPECTIONS, List.of("reports_written"),
                Dataset.STATIONS, List.of("township")));
        // 云台区 sends its v2 datasets as workbooks, left as they were: v3 columns in its CSV files only
        COLLECTED.put("990105", Map.of(Dataset.MEETINGS, all.get(Dataset.MEETINGS),
                Dataset.INSPECTIONS, all.get(Dataset.INSPECTIONS)));
        COLLECTED.put("990107", Map.of(Dataset.MEETINGS, all.get(Dataset.MEETINGS),
                Dataset.DEPUTY_ACTIVITIES, List.of("questions_answered", "opinions_resolved"),
                Dataset.STATIONS, all.get(Dataset.STATIONS),
                Dataset.LIVELIHOOD_PROJECTS, all.get(Dataset.LIVELIHOOD_PROJECTS)));
        COLLECTED.put("990108", Map.of());
        EXTRA_TOWNSHIPS.put("990101", 2);
        EXTRA_TOWNSHIPS.put("990102", 0);
        EXTRA_TOWNSHIPS.put("990103", 3);
        EXTRA_TOWNSHIPS.put("990104", 4);
        EXTRA_TOWNSHIPS.put("990105", 1);
        EXTRA_TOWNSHIPS.put("990106", 2);
        EXTRA_TOWNSHIPS.put("990107", null);
        EXTRA_TOWNSHIPS.put("990108", 3);
        EXTRA_TOWNSHIPS.put("990109", 1);
        EXTRA_TOWNSHIPS.put("990110", 5);
    }

    private static final String[] TOWNSHIP_POOL = {"东城街道", "西城街道", "南湖街道", "北岸街道", "金口街道", "山坡街道",
        "纸坊街道", "青山镇", "柳河镇", "石门镇", "白鹤乡", "桃源乡", "新港街道", "花园街道"};

    private final Path root;
    private final Map<String, Set<String>> townshipsNamed = new LinkedHashMap<>();

    private SampleV3Generator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        new SampleV3Generator(Path.of(args.length > 0 ? args[0] : "input")).run();
    }

    private void run() throws IOException {
        Path registry = root.resolve("districts.csv");
        String registryText = Files.readString(registry, StandardCharsets.UTF_8);
        if (registryText.contains("乡镇（街道）数")) {
            throw new IllegalStateException(root + " has its v3 files already");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String[] parts = name.substring(0, name.length() - 4).split("_", 3);
            if (parts.length < 3 || !parts[1].equals("2024")) {
                continue;
            }
            Dataset dataset = Dataset.named(parts[2]).orElseThrow();
            Map<Dataset, List<String>> collected = COLLECTED.get(parts[0]);
            new FileEdit(file, parts[0], dataset, collected.getOrDefault(dataset, List.of())).apply();
        }
        for (String code : SERVICE_TASKS) {
            writeServiceTasks(code, files);
        }
        writeRegistry(registry, registryText);
    }

    /** One CSV file of 2024 as its clerk wrote it, and what v3 adds to it. */
    private final class FileEdit {
        private final Path file;
        private final String district;
        private final Dataset dataset;
        private final List<String> added;
        private final Random random;
        private Charset charset;
        private boolean bom;
        private String eol;
        private boolean chineseHeaders;
        private boolean labels;
        private String yes = "是";
        private String no = "否";

        FileEdit(Path file, String district, Dataset dataset, List<String> added) {
            this.file = file;
            this.district = district;
            this.dataset = dataset;
            this.added = added;
            this.random = new Random((district + dataset.fileName()).hashCode());
        }

        void apply() throws IOException {
            boolean convert = dataset == Dataset.DEPUTY_ACTIVITIES && added.contains("officials_attending")
                    || dataset == Dataset.STATIONS && !added.isEmpty()
                    || dataset == Dataset.LEGISLATION && !added.isEmpty() || dataset == Dataset.LEGISLATION
                    && COLLECTED.get(district).size() > 3;
            if (added.isEmpty() && !convert) {
                return;
            }
            List<String> records = records(read());
            List<String> header = fields(records.get(0));
            Map<String, Integer> at = new LinkedHashMap<>();
            chineseHeaders = false;
            for (int i = 0; i < header.size(); i++) {
                String cell = header.get(i).strip();
                for (Column c : dataset.columns()) {
                    if (c.name().equals(cell) || c.alias().equals(cell)) {
                        at.put(c.name(), i);
                        chineseHeaders |= c.alias().equals(cell);
                    }
                }
            }
            String typeColumn = Stream.of("activity_type", "station_type", "task_type", "meeting_type")
                    .filter(at::containsKey).findFirst().orElse(null);
            labels = typeColumn == null || dataset.columnNamed(typeColumn).choices().stream()
                    .anyMatch(ch -> records.size() > 1 && fields(records.get(1)).get(at.get(typeColumn)).equals(ch.label()));
            if (at.containsKey("upgraded") && records.size() > 1) {
                String u = fields(records.get(1)).get(at.get("upgraded"));
                if (u.equals("Y") || u.equals("N")) {
                    yes = "Y";
                    no = "N";
                } else if (u.equals("true") || u.equals("false")) {
                    yes = "true";
                    no = "false";
                }
            }
            List<String> out = new ArrayList<>();
            StringBuilder head = new StringBuilder(records.get(0));
            for (String column : added) {
                Column c = dataset.columnNamed(column);
                head.append(',').append(chineseHeaders ? c.alias() : c.name());
            }
            out.add(head.toString());
            boolean convertedOther = false;
            boolean convertedContact = false;
            boolean convertedStation = false;
            String lastDate = null;
            for (int r = 1; r < records.size(); r++) {
                String record = records.get(r);
                List<String> cells = fields(record);
                Map<String, String> row = new LinkedHashMap<>();
                at.forEach((column, i) -> row.put(column, i < cells.size() ? cells.get(i) : ""));
                if (at.containsKey("start_date")) {
                    lastDate = row.get("start_date");
                }
                if (dataset == Dataset.DEPUTY_ACTIVITIES && added.contains("officials_attending")) {
                    String type = row.get("activity_type");
                    if (!convertedOther && is(type, "other")) {
                        record = replaceCell(record, cells, at.get("activity_type"), value("activity_type",
                                "officials_at_station"));
                        row.put("activity_type", code("activity_type", "officials_at_station"));
                        convertedOther = true;
                    } else if (!convertedContact && is(type, "member_contact") && r > 20) {
                        record = replaceCell(record, cells, at.get("activity_type"), value("activity_type", "forum"));
                        convertedContact = true;
                    }
                }
                if (dataset == Dataset.STATIONS && !convertedStation && !added.isEmpty()
                        && (is(row.get("station_type"), "online_station") || is(row.get("station_type"), "studio") && r > 5)) {
                    record = replaceCell(record, cells, at.get("station_type"), value("station_type",
                            "observation_point"));
                    row.put("station_type", code("station_type", "observation_point"));
                    convertedStation = true;
                }
                StringBuilder line = new StringBuilder(record);
                for (String column : added) {
                    line.append(',').append(cell(column, row));
                }
                out.add(line.toString());
            }
            if (dataset == Dataset.LEGISLATION && convert) {
                addContactPointWork(out, header, at, lastDate);
            }
            write(out);
        }

        /** Rows of v3's three kinds of contact-point work: no law, no requester, no opinions submitted. */
        private void addContactPointWork(List<String> out, List<String> header, Map<String, Integer> at,
                                         String dateLike) {
            int n = 0;
            String[] kinds = {"liaison_training", "law_publicity", "law_publicity", "dispute_mediation",
                "law_publicity", "dispute_mediation", "liaison_training"};
            int count = 3 + random.nextInt(5);
            for (int k = 0; k < count; k++) {
                String[] cells = new String[header.size()];
                java.util.Arrays.fill(cells, "");
                cells[at.get("task_id")] = "LF2024-L" + String.format("%02d", ++n);
                cells[at.get("task_type")] = value("task_type", kinds[k]);
                cells[at.get("start_date")] = date(dateLike, LocalDate.of(2024, 2 + k, 8 + random.nextInt(15)));
                cells[at.get("opinions_submitted")] = "0";
                out.add(String.join(",", cells));
            }
        }

        private String cell(String column, Map<String, String> row) {
            int r = random.nextInt(100);
            return switch (dataset) {
                case MEETINGS -> {
                    boolean sc = is(row.get("meeting_type"), "standing_committee");
                    int reports = integer(row.get("reports_heard"));
                    int attending = integer(row.get("deputies_attending"));
                    int issued = integer(row.get("opinions_issued"));
                    yield switch (column) {
                        case "agenda_items" -> Integer.toString(sc ? reports + integer(row.get("resolutions")) + r % 3
                                : 2 + r % 5);
                        case "speeches" -> sc ? Integer.toString(8 + r % 25) : "0";
                        case "member_opinions" -> sc ? Integer.toString(10 + r % 40) : "0";
                        case "attending_opinions" -> sc && attending > 0 ? Integer.toString(r % Math.min(8, attending + 1))
                                : "0";
                        case "responses_received" -> sc ? Integer.toString(r % (issued + 1)) : "0";
                        default -> throw new IllegalArgumentException(column);
                    };
                }
                case INSPECTIONS -> switch (column) {
                    case "reports_written" -> is(row.get("activity_type"), "satisfaction_evaluation") ? "0"
                            : Integer.toString(r < 70 ? 1 : r < 85 ? 2 : 0);
                    case "letters_issued" -> r < 25 ? "1" : "0";
                    case "laws_covered" -> is(row.get("activity_type"), "law_enforcement_inspection")
                            ? Integer.toString(r < 75 ? 1 : 2) : "0";
                    default -> throw new IllegalArgumentException(column);
                };
                case DEPUTY_ACTIVITIES -> switch (column) {
                    case "questions_answered" -> Integer.toString(r < 40 ? 0 : r % 9);
                    case "opinions_resolved" -> {
                        int handled = integer(row.get("opinions_handled"));
                        yield Integer.toString(handled == 0 ? 0 : handled * (40 + r % 50) / 100);
                    }
                    case "officials_attending" -> is(row.get("activity_type"), "officials_at_station")
                            ? Integer.toString(2 + r % 4) : "0";
                    case "organizer" -> is(row.get("activity_type"), "training")
                            ? value("organizer", r < 30 ? "higher_congress" : r < 55 ? "district" : "township") : "";
                    default -> throw new IllegalArgumentException(column);
                };
                case STATIONS -> switch (column) {
                    case "township" -> township(row);
                    case "grassroots_unit" -> r < 20 ? yes : no;
                    default -> throw new IllegalArgumentException(column);
                };
                case LIVELIHOOD_PROJECTS -> "township".equals(column) && is(row.get("vote_level"), "township")
                        ? TOWNSHIP_POOL[r % 5] : "";
                default -> throw new IllegalArgumentException(dataset + "." + column);
            };
        }

        /** The township a liaison station proper serves: named in its name, else one of the district's. */
        private String township(Map<String, String> row) {
            String type = row.get("station_type");
            String level = row.get("level");
            boolean proper = Stream.of("deputies_home", "liaison_station", "studio", "liaison_room")
                    .anyMatch(t -> is(type, t));
            if (!proper || !(is(level, "township") || is(level, "village"))) {
                return "";
            }
            String name = row.getOrDefault("name", "");
            int street = name.indexOf("街道");
            String township = street > 0 ? name.substring(0, street + 2)
                    : TOWNSHIP_POOL[Math.floorMod(name.hashCode(), TOWNSHIP_POOL.length)];
            townshipsNamed.computeIfAbsent(district, k -> new LinkedHashSet<>()).add(township.replaceAll("\\s", ""));
            return township;
        }

        private boolean is(String cell, String code) {
            if (cell == null) {
                return false;
            }
            String c = cell.strip();
            return c.equals(code) || dataset.columns().stream().flatMap(col -> col.choices().stream())
                    .anyMatch(ch -> ch.code().equals(code) && ch.label().equals(c));
        }

        private String code(String column, String code) {
            return code;
        }

        private String value(String column, String code) {
            Choice choice = dataset.columnNamed(column).choiceCoded(code).orElseThrow();
            return labels ? choice.label() : choice.code();
        }

        private String read() throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
                charset = StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                text = new String(bytes, GB18030);
                charset = GB18030;
            }
            eol = text.contains("\r\n") ? "\r\n" : "\n";
            return text;
        }

        private void write(List<String> records) throws IOException {
            write(file, records);
        }

        /** Records written as this file is: its encoding, byte order mark and line ends. */
        private void write(Path target, List<String> records) throws IOException {
            String text = String.join(eol, records) + eol;
            byte[] body = text.getBytes(charset);
            byte[] bytes = new byte[body.length + (bom ? 3 : 0)];
            if (bom) {
                bytes[0] = (byte) 0xef;
                bytes[1] = (byte) 0xbb;
                bytes[2] = (byte) 0xbf;
            }
            System.arraycopy(body, 0, bytes, bom ? 3 : 0, body.length);
            Files.write(target, bytes);
        }
    }

    private void writeServiceTasks(String code, List<Path> files) throws IOException {
        Path meetings = files.stream().filter(p -> {
            String n = p.getFileName().toString();
            return n.startsWith(code + "_2024_") && (n.endsWith("_meetings.csv") || n.endsWith("_会议.csv"));
        }).findFirst().orElseThrow();
        String meetingsName = meetings.getFileName().toString();
        boolean chineseName = meetingsName.endsWith("_会议.csv");
        Path target = meetings.resolveSibling(code + "_2024_" + (chineseName ? "中心工作" : "service_tasks") + ".csv");
        FileEdit style = new FileEdit(meetings, code, Dataset.MEETINGS, List.of());
        String text = style.read();
        List<String> records = records(text);
        String header = records.get(0);
        boolean chinese = !header.contains("meeting_id");
        List<String> firstRow = fields(records.get(1));
        String dateLike = firstRow.stream().filter(c -> c.matches("2024\\D\\d{1,2}\\D\\d{1,2}\\D?")).findFirst()
                .orElseThrow();
        boolean labels = !records.get(1).contains("chairpersons") && !records.get(1).contains("standing_committee");
        Dataset d = Dataset.SERVICE_TASKS;
        List<String> out = new ArrayList<>();
        out.add(String.join(",", d.columns().stream().map(c -> chinese ? c.alias() : c.name()).toList()));
        Random random = new Random(code.hashCode());
        String[][] subjects = {
            {"project_liaison", "新能源汽车产业园", "智能制造基地", "冷链物流中心", "生物医药产业园", "数据中心二期"},
            {"river_chief", "汤逊湖", "青溪河", "白沙湖", "凤鸣河"},
            {"led_matter", "老旧小区加装电梯", "背街小巷改造", "社区食堂", "农村饮水提质"},
            {"supervision_team", "安全生产", "乡村振兴"},
            {"investment_trip", "长三角招商", "珠三角招商", "京津冀招商", "成渝招商", "粤港澳招商"},
            {"supervision_visit", "重点项目建设", "防汛备汛", "营商环境", "安全生产"},
            {"other", "文明城市创建"}};
        int n = 0;
        for (String[] kind : subjects) {
            Choice choice = d.columnNamed("task_type").choiceCoded(kind[0]).orElseThrow();
            boolean event = kind[0].equals("investment_trip") || kind[0].equals("supervision_visit");
            int count = kind[0].equals("supervision_visit") ? 3 + random.nextInt(6)
                    : 1 + random.nextInt(kind.length - 1);
            for (int i = 0; i < count; i++) {
                String subject = kind[1 + i % (kind.length - 1)];
                LocalDate start = event ? LocalDate.of(2024, 1 + random.nextInt(11), 1 + random.nextInt(27))
                        : LocalDate.of(2021 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(27));
                String end = kind[0].equals("investment_trip") ? date(dateLike, start.plusDays(random.nextInt(5)))
                        : !event && random.nextInt(4) == 0 ? date(dateLike, LocalDate.of(2024, 12, 31)) : "";
                int resolved = kind[0].equals("investment_trip") ? 0 : random.nextInt(5);
                out.add(String.join(",", String.format("ZX2024-%02d", ++n), labels ? choice.label() : choice.code(),
                        subject, date(dateLike, start), end, Integer.toString(resolved)));
            }
        }
        style.write(target, out);
    }

    private void writeRegistry(Path registry, String text) throws IOException {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split(eol)));
        lines.set(0, lines.get(0) + ",乡镇（街道）数");
        for (int i = 1; i < lines.size(); i++) {
            String code = lines.get(i).substring(lines.get(i).startsWith("\ufeff") ? 1 : 0).split(",")[0];
            Integer extra = EXTRA_TOWNSHIPS.get(code);
            int named = townshipsNamed.getOrDefault(code, Set.of()).size();
            lines.set(i, lines.get(i) + "," + (extra == null ? "" : Integer.toString(Math.max(named + extra, 6))));
        }
        Files.writeString(registry, String.join(eol, lines) + eol, StandardCharsets.UTF_8);
    }

    /** A date in the form of {@code like}: 2024年3月5日, 2024/3/5, 2024-03-05 or 2024.3.5. */
    static String date(String like, LocalDate d) {
        if (like.contains("年")) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        if (like.contains("/")) {
            return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        }
        if (like.contains(".")) {
            return d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
        }
        return d.toString();
    }

    /** An integer cell, full-width digits folded; 0 when it is not one. */
    static int integer(String cell) {
        if (cell == null) {
            return 0;
        }
        StringBuilder digits = new StringBuilder();
        for (char ch : cell.strip().toCharArray()) {
            digits.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
        }
        try {
            return Integer.parseInt(digits.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The file's records as written (quoted line breaks kept inside), without their line ends. */
    static List<String> records(String text) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (!quoted && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                records.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(ch);
        }
        if (current.length() > 0) {
            records.add(current.toString());
        }
        return records;
    }

    /** A record's cells, unquoted; a leading BOM dropped. */
    static List<String> fields(String record) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String r = record.startsWith("\ufeff") ? record.substring(1) : record;
        for (int i = 0; i < r.length(); i++) {
            char ch = r.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < r.length() && r.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The record with cell {@code index} (an unquoted one) replaced. */
    static String replaceCell(String record, List<String> cells, int index, String value) {
        List<String> copy = new ArrayList<>(cells);
        copy.set(index, value);
        for (String c : copy) {
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                throw new IllegalStateException("quoted cells in " + record);
            }
        }
        return (record.startsWith("\ufeff") ? "\ufeff" : "") + String.join(",", copy);
    }
}
