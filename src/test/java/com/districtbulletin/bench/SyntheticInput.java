package com.districtbulletin.bench;

import com.districtbulletin.print.Style;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import com.districtbulletin.support.V2Rows;
import com.districtbulletin.support.V2Rows.Choice;
import com.districtbulletin.support.V2Rows.Column;
import com.districtbulletin.support.V3Rows;

/**
 * Writes the benchmark's synthetic input, seeded and deterministic (same arguments, same bytes):
 *
 * <ul>
 *   <li>{@code big/input/}: a one-district registry and one suggestions file of {@code --rows}
 *       rows, written the plainest way the data contract allows (UTF-8, English headers in the
 *       table's column order, ISO dates, English codes), so that {@code psql \copy ... (FORMAT csv,
 *       HEADER)} loads exactly the same rows into a table shaped like {@code suggestions};</li>
 *   <li>{@code small/input/}: the first {@code --small-rows} rows of the same file, to show that
 *       memory does not grow with the number of rows;</li>
 *   <li>{@code province/input/}: a registry of {@code --districts} districts (with the deputies of
 *       all levels and, contract v3, the townships) and, for each, the twelve datasets of contract
 *       v3 for the year, spread over prefecture folders, written the ways districts really write
 *       them: UTF-8 with BOM and Chinese headers, labels and 2024/3/5 dates (Excel's "CSV UTF-8"),
 *       GB18030 with Chinese headers and 2024年3月5日 dates (Excel on Chinese Windows), or UTF-8
 *       with English headers and codes; about one file in fifty carries one bad row
 *       ({@code --spoil 0}: none). The four datasets of contract v1 are written here, the seven
 *       of v2 from the sample input's rows ({@link V2Rows}), sized by the district's deputies;
 *       v3's columns, the rows of its new values and service_tasks come from {@link V3Rows}, with
 *       random numbers of their own, so that the v2 cells and the v2 rows' count are those of the
 *       eleven-dataset province (only the spoiled row may fall elsewhere). One district in fifty
 *       writes no v3 column (its figures of them are 未采集), one in fifty leaves out some
 *       ({@link V3});</li>
 *   <li>{@code province-merged/input/}: the same rows, in the same encodings and forms, in 36 files
 *       (one per dataset and way of writing, of three made-up districts; row ids and the meetings
 *       and stations they name are prefixed with the district code to stay unique; every v3
 *       column, left empty on the rows of districts that left it out): the province minus its
 *       per-file work.</li>
 * </ul>
 *
 * Usage: {@code SyntheticInput OUT_DIR [--rows N] [--small-rows N] [--districts N] [--year Y] [--seed S]
 * [--parts big,province] [--spoil N]} ({@code --spoil N}: one file in N has a spoiled row, default 50; 0 for none)
 */
public final class SyntheticInput {

    static final String BIG_DISTRICT = "420115";

    private static final String[] UNITS = {
        "区发展和改革局", "区教育局", "区科技和经济信息化局", "区公安分局", "区民政局", "区司法局", "区财政局",
        "区人力资源和社会保障局", "区自然资源和规划分局", "区生态环境分局", "区住房和城乡建设局", "区交通运输局",
        "区水务和湖泊局", "区农业农村局", "区商务局", "区文化和旅游局", "区卫生健康局", "区退役军人事务局",
        "区应急管理局", "区市场监督管理局", "区城市管理执法局", "区医疗保障局", "区数据局", "区城投集团",
        "区供电公司", "区自来水公司", "区人民法院", "区人民检察院", "各街道办事处", "区政府办公室"};

    private static final String[] SUBJECTS = {
        "《安全生产法》实施情况", "《食品安全法》实施情况", "《中华人民共和国道路交通安全法》实施情况",
        "《长江保护法》实施情况", "《义务教育法》实施情况", "老旧小区改造工作", "优化营商环境工作", "乡村振兴工作",
        "城市更新工作", "养老服务体系建设", "基层医疗卫生服务", "河湖长制落实情况", "预算执行和审计整改",
        "国有资产管理情况", "民营经济发展", "生活垃圾分类工作", "公共法律服务体系建设", "住房保障工作"};

    private static final String[] POSITIONS = {
        "区人民政府副区长", "区发展和改革局局长", "区教育局局长", "区财政局局长", "区人民法院审判员",
        "区人民法院副庭长", "区人民检察院检察员", "区人民检察院副检察长", "区监察委员会委员",
        "区人大常委会办公室主任", "区人大常委会委员", "区住房和城乡建设局局长", "区卫生健康局局长"};

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "涛", "明", "华"};

    private static final String[][] FIELDS = {
        {"economy", "经济发展"}, {"urban_environment", "城建环保"}, {"education_culture_health", "教科文卫"},
        {"agriculture_rural", "农业农村"}, {"social", "社会建设"}, {"supervision_judicial", "监察司法"},
        {"other", "其他"}};
    private static final int[] FIELD_WEIGHTS = {22, 26, 20, 10, 14, 4, 4};

    private static final String[][] ACTIVITIES = {
        {"law_enforcement_inspection", "执法检查"}, {"inspection_visit", "视察"}, {"thematic_research", "专题调研"},
        {"special_inquiry", "专题询问"}, {"satisfaction_evaluation", "满意度测评"}};
    private static final int[] ACTIVITY_WEIGHTS = {15, 35, 35, 7, 8};

    private static final String[][] ACTIONS = {
        {"appoint", "任命"}, {"decide_appoint", "决定任命"}, {"approve_appoint", "批准任命"}, {"remove", "免职"},
        {"dismiss", "撤职"}, {"accept_resignation", "接受辞职"}};
    private static final int[] ACTION_WEIGHTS = {40, 10, 6, 35, 2, 7};

    private static final String[][] ORGANS = {
        {"congress", "人大常委会"}, {"government", "人民政府"}, {"supervision", "监察委员会"}, {"court", "人民法院"},
        {"procuratorate", "人民检察院"}, {"other", "其他"}};
    private static final int[] ORGAN_WEIGHTS = {10, 40, 5, 25, 15, 5};

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SyntheticInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: SyntheticInput OUT_DIR [--rows N] [--small-rows N] [--districts N] [--year Y]"
                    + " [--seed S] [--parts big,province] [--spoil N]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int rows = 1_000_000;
        int smallRows = 100_000;
        int districts = 2_800;
        int year = 2024;
        long seed = 20240601L;
        Set<String> parts = Set.of("big", "province");
        int spoil = 50;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--small-rows" -> smallRows = Integer.parseInt(args[i + 1]);
                case "--districts" -> districts = Integer.parseInt(args[i + 1]);
                case "--year" -> year = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--parts" -> parts = Set.of(args[i + 1].split(","));
                case "--spoil" -> spoil = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        spoilOneIn = spoil;
        long started = System.nanoTime();
        if (parts.contains("big")) {
            writeSuggestionsFile(out.resolve("big/input"), rows, year, seed);
            writeSuggestionsFile(out.resolve("small/input"), smallRows, year, seed);
            System.out.printf("big: %d rows; small: %d rows%n", rows, smallRows);
        }
        if (parts.contains("province")) {
            long[] province = writeProvince(out.resolve("province/input"), out.resolve("province-merged/input"),
                    districts, year, seed);
            System.out.printf("province: %d districts, %d files, %d rows (%d meant to be rejected)%n", districts,
                    province[0], province[1], province[2]);
        }
        System.out.printf("written in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    // ---------------------------------------------------------------- the one big suggestions file

    /** Header in the column order of the suggestions table, so that \copy can name the same columns. */
    static final String SUGGESTIONS_HEADER =
            "suggestion_id,kind,submitted_date,field,handling_unit,key_supervised,status,outcome,satisfaction,closed_date";

    private static void writeSuggestionsFile(Path dir, int rows, int year, long seed) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = writer(dir.resolve("districts.csv"), StandardCharsets.UTF_8, false)) {
            w.write("code,name,deputies,order\n");
            w.write(BIG_DISTRICT + ",江夏区,312,1\n");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Style plain = Style.PLAIN;
        try (Writer w = writer(dir.resolve(BIG_DISTRICT + "_" + year + "_suggestions.csv"), StandardCharsets.UTF_8,
                false)) {
            w.write(SUGGESTIONS_HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int i = 1; i <= rows; i++) {
                line.setLength(0);
                suggestion(line, random, plain, year, "JX" + year + "-" + pad(i, 7), false);
                w.append(line).append('\n');
            }
        }
    }

    // ---------------------------------------------------------------- the province-scale drop

    /** Returns {files, rows, rows meant to be rejected}. */
    private static long[] writeProvince(Path dir, Path mergedDir, int districts, int year, long seed)
            throws IOException {
        Files.createDirectories(dir);
        Tally tally = new Tally();
        long[] totals;
        try (Merged merged = new Merged(mergedDir, year)) {
            totals = writeProvince(dir, merged, districts, year, seed, tally);
        }
        tally.datasets.forEach((dataset, t) -> System.out.printf("  %-20s %,10d rows, %d-%d a district%n", dataset,
                t[0], t[1], t[2]));
        return totals;
    }

    private static long[] writeProvince(Path dir, Merged merged, int districts, int year, long seed, Tally tally)
            throws IOException {
        long files = 0;
        long rows = 0;
        long bad = 0;
        List<String> codes = new ArrayList<>();
        List<Integer> deputies = new ArrayList<>();
        List<Integer> townships = new ArrayList<>();
        SplittableRandom registryRandom = new SplittableRandom(seed ^ 0x5EED);
        SplittableRandom allLevelsRandom = new SplittableRandom(seed ^ 0xA11);
        SplittableRandom townshipsRandom = new SplittableRandom(seed ^ 0x7A5);
        try (Writer w = writer(dir.resolve("districts.csv"), StandardCharsets.UTF_8, true)) {
            w.write("区划代码,名称,代表人数,排序,各级代表人数,乡镇（街道）数\r\n");
            for (int d = 0; d < districts; d++) {
                // 28 prefectures of up to 100 districts: codes 11xx01 .. 38xx99 style, all distinct
                int prefecture = d / 100;
                String code = String.format("%02d%04d", 11 + prefecture, 101 + d % 100);
                codes.add(code);
                int own = 120 + registryRandom.nextInt(280);
                deputies.add(own);
                // the deputies of all levels registered in the district: its own and those of the
                // township, municipal, provincial and national congresses, about three times as many
                int allLevels = own * (25 + allLevelsRandom.nextInt(15)) / 10;
                // contract v3: the district's 乡镇（街道）, which its stations cover, more with more deputies
                int towns = 4 + own / 30 + townshipsRandom.nextInt(4);
                townships.add(towns);
                w.write(code + "," + districtName(d) + "," + own + "," + (d + 1) + "," + allLevels + "," + towns
                        + "\r\n");
            }
        }
        for (int d = 0; d < districts; d++) {
            String code = codes.get(d);
            SplittableRandom random = new SplittableRandom(seed * 31 + Long.parseLong(code));
            Style style = Style.pick(random);
            Path folder = dir.resolve("prefecture-" + code.substring(0, 2));
            Files.createDirectories(folder);
            // the v3 cells and rows have their own random numbers: the v2 cells, and the v2 rows' count,
            // are those the eleven-dataset province had
            V3 v3 = V3.of(d, new V3Rows(new Random(seed * 41 + Long.parseLong(code))));
            List<String> meetingIds = new ArrayList<>();
            long[] m = writeMeetings(folder, merged, code, year, style, random, meetingIds, v3);
            long[] i = writeInspections(folder, merged, code, year, style, random, v3);
            long[] a = writeAppointments(folder, merged, code, year, style, random, meetingIds);
            long[] s = writeSuggestions(folder, merged, code, year, style, random);
            tally.add("meetings", m[0]);
            tally.add("inspections", i[0]);
            tally.add("appointments", a[0]);
            tally.add("suggestions", s[0]);
            long[] v2 = writeV2(folder, merged, code, districtName(d), deputies.get(d), townships.get(d), year, style,
                    random, new V2Rows(new Random(seed * 37 + Long.parseLong(code))), v3, tally);
            files += 4 + v2[2];
            rows += m[0] + i[0] + a[0] + s[0] + v2[0];
            bad += m[1] + i[1] + a[1] + s[1] + v2[1];
        }
        return new long[] {files, rows, bad};
    }

    /**
     * How a district writes contract v3's additions: one district in fifty (index 3 mod 50) leaves
     * out every v3 column and every value added in v3 (its v2 files are those of the eleven-dataset
     * province; only its service_tasks make its year a v3 one, so its v3 figures are 未采集), one in
     * fifty (index 11 mod 50) leaves out the last v3 column of each dataset that has several
     * (收到办理答复数, 检查法律法规数, 基层单元, 主办); the others write them all.
     */
    private record V3(int columnsLeftOut, V3Rows rows) {

        static V3 of(int district, V3Rows rows) {
            return new V3(district % 50 == 3 ? Integer.MAX_VALUE : district % 50 == 11 ? 1 : 0, rows);
        }

        boolean none() {
            return columnsLeftOut == Integer.MAX_VALUE;
        }

        /** The v3 columns of a dataset this district writes: all, all but the last, or none. */
        List<Column> columns(List<Column> all) {
            if (none()) {
                return List.of();
            }
            return all.size() > 1 ? all.subList(0, all.size() - columnsLeftOut) : all;
        }
    }

    /** Rows written per dataset over the province, and the fewest and most of a district. */
    static final class Tally {
        final java.util.Map<String, long[]> datasets = new java.util.LinkedHashMap<>();

        void add(String dataset, long rows) {
            long[] t = datasets.computeIfAbsent(dataset, k -> new long[] {0, Long.MAX_VALUE, 0});
            t[0] += rows;
            t[1] = Math.min(t[1], rows);
            t[2] = Math.max(t[2], rows);
        }
    }

    private static String districtName(int index) {
        return "第" + pad(index + 1, 4) + "区";
    }

    /**
     * The seven datasets of contract v2 of one district, the rows those of the sample input sized
     * by the district's deputies (as there: the deputies ÷ 200), with contract v3's columns and
     * rows ({@link V3Rows}) as the district writes them, and v3's service_tasks; about one file in
     * fifty has one row whose second cell, required in every one of these datasets, is left empty.
     * Returns {rows, rows meant to be rejected, files}.
     */
    private static long[] writeV2(Path folder, Merged merged, String code, String name, int deputies, int townships,
                                  int year, Style style, SplittableRandom random, V2Rows v2, V3 v3, Tally tally)
            throws IOException {
        double size = deputies / 200.0;
        List<Object[]> stations = v2.stations(name, deputies, year, size, null);
        List<String> stationIds = stations.stream().map(row -> (String) row[0]).toList();
        List<Object[]> activities = v2.activities(year, size, stationIds);
        List<Object[]> projects = v2.projects(year);
        List<Object[]> petitions = v2.petitions(year, size);
        List<Object[]> legislation = v2.legislation(year);
        List<Object[]> filings = v2.filings(name, year, size);
        List<Object[]> reviews = v2.reviews(name, year);
        List<Object[]> serviceTasks = v3.rows().serviceTasks(year);
        if (!v3.none()) {
            List<String> towns = v3.rows().townships(townships);
            stations = v3.rows().stations(stations, towns, year);
            activities = v3.rows().activities(activities, stationIds, year);
            projects = v3.rows().projects(projects, towns);
            legislation = v3.rows().legislation(legislation, year);
        }
        long[] total = new long[3];
        add(total, tally, "stations", writeRows(folder, merged, code, year, style, random, "stations", "联络站点",
                V2Rows.STATION_COLUMNS, v3, V3Rows.STATION_COLUMNS, stations));
        add(total, tally, "deputy_activities", writeRows(folder, merged, code, year, style, random,
                "deputy_activities", "代表活动", V2Rows.ACTIVITY_COLUMNS, v3, V3Rows.ACTIVITY_COLUMNS, activities));
        add(total, tally, "livelihood_projects", writeRows(folder, merged, code, year, style, random,
                "livelihood_projects", "民生实事", V2Rows.PROJECT_COLUMNS, v3, V3Rows.PROJECT_COLUMNS, projects));
        add(total, tally, "petitions", writeRows(folder, merged, code, year, style, random, "petitions", "信访",
                V2Rows.PETITION_COLUMNS, v3, List.of(), petitions));
        add(total, tally, "legislation", writeRows(folder, merged, code, year, style, random, "legislation",
                "立法联系", V2Rows.LEGISLATION_COLUMNS, v3, List.of(), legislation));
        add(total, tally, "filings", writeRows(folder, merged, code, year, style, random, "filings", "备案审查",
                V2Rows.FILING_COLUMNS, v3, List.of(), filings));
        add(total, tally, "reviews", writeRows(folder, merged, code, year, style, random, "reviews", "履职评议",
                V2Rows.REVIEW_COLUMNS, v3, List.of(), reviews));
        add(total, tally, "service_tasks", writeRows(folder, merged, code, year, style, random, "service_tasks",
                "中心工作", V3Rows.SERVICE_TASK_COLUMNS, v3, List.of(), serviceTasks));
        return total;
    }

    private static void add(long[] total, Tally tally, String dataset, long[] file) {
        tally.add(dataset, file[0]);
        total[0] += file[0];
        total[1] += file[1];
        total[2]++;
    }

    /** The station a deputies' activity names: in the merged twin, prefixed like the stations' ids. */
    private static final String REFERENCE_COLUMN = "station_id";

    /**
     * One file: the dataset's v2 columns ({@code columns}) and those of {@code v3Columns} the
     * district writes; each row's cells in that order, those of columns left out not written.
     */
    private static long[] writeRows(Path folder, Merged merged, String code, int year, Style style,
                                    SplittableRandom random, String dataset, String alias, List<Column> v2Columns,
                                    V3 v3, List<Column> v3Columns, List<Object[]> rows) throws IOException {
        int badRow = badRow(random, rows.size());
        int reference = -1;
        List<Column> columns = new ArrayList<>(v2Columns);
        columns.addAll(v3.columns(v3Columns));
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            names.add(style.english ? columns.get(c).name() : columns.get(c).alias());
            if (c > 0 && columns.get(c).name().equals(REFERENCE_COLUMN)) {
                reference = c;
            }
        }
        String header = String.join(",", names);
        int leftOut = v2Columns.size() + v3Columns.size() - columns.size();
        String fullHeader = header;
        for (Column column : v3Columns.subList(v3Columns.size() - leftOut, v3Columns.size())) {
            fullHeader += "," + (style.english ? column.name() : column.alias());
        }
        try (Writer w = writer(folder.resolve(fileName(code, year, dataset, alias, style, random)), style.charset,
                style.bom)) {
            w.write(header);
            w.write(style.eol);
            StringBuilder line = new StringBuilder(200);
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                line.setLength(0);
                int referenceAt = -1;
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    if (c == reference) {
                        referenceAt = line.length();
                    }
                    if (!(r == badRow && c == 1)) {
                        line.append(style.cell(row[c]));
                    }
                }
                w.append(line).append(style.eol);
                if (referenceAt >= 0 && referenceAt < line.length() && line.charAt(referenceAt) != ',') {
                    line.insert(referenceAt, code + "-");
                }
                merged.add(style, dataset, fullHeader, leftOut, code, line);
            }
        }
        return new long[] {rows.size(), badRow >= 0 ? 1 : 0};
    }

    private static long[] writeMeetings(Path folder, Merged merged, String code, int year, Style style, SplittableRandom random,
                                        List<String> ids, V3 v3) throws IOException {
        int standing = 6 + random.nextInt(7);
        int chairpersons = 12 + random.nextInt(19);
        int n = standing + chairpersons;
        int badRow = badRow(random, n);
        try (Writer w = writer(folder.resolve(fileName(code, year, "meetings", "会议", style, random)), style.charset,
                style.bom)) {
            String header = style.english
                    ? "meeting_id,meeting_type,meeting_date,reports_heard,resolutions,opinions_issued,"
                    + "deputies_attending,topics"
                    : "会议编号,会议类型,会议日期,听取审议报告数,决议决定数,审议意见数,列席代表人数,主要议题";
            List<Column> v3Columns = v3.columns(V3Rows.MEETING_COLUMNS);
            String fullHeader = header + v3Header(style, V3Rows.MEETING_COLUMNS);
            header += v3Header(style, v3Columns);
            int leftOut = V3Rows.MEETING_COLUMNS.size() - v3Columns.size();
            w.write(header);
            w.write(style.eol);
            StringBuilder line = new StringBuilder(200);
            for (int r = 0; r < n; r++) {
                boolean isStanding = r < standing;
                String id = (isStanding ? "CW" : "ZR") + year + "-" + pad(r + 1, 3);
                ids.add(isStanding ? id : null);
                line.setLength(0);
                line.append(id).append(',');
                line.append(isStanding ? style.choice("standing_committee", "常委会会议")
                        : style.choice("chairpersons", "主任会议")).append(',');
                line.append(r == badRow ? (year - 1) + "-12-30" : style.date(dayOf(year, random, 1, 350))).append(',');
                int reports = isStanding ? 1 + random.nextInt(4) : random.nextInt(2);
                line.append(style.integer(reports)).append(',');
                int resolutions = isStanding ? random.nextInt(3) : 0;
                line.append(resolutions).append(',');
                int opinions = isStanding ? random.nextInt(reports + 1) : 0;
                line.append(opinions).append(',');
                int attending = isStanding ? random.nextInt(12) : 0;
                line.append(attending).append(',');
                line.append(quoted("听取审议" + SUBJECTS[random.nextInt(SUBJECTS.length)] + "的报告，"
                        + "审议人事任免事项"));
                if (!v3.none()) {
                    v3Cells(line, style, v3.rows().meeting(isStanding, reports, resolutions, opinions, attending),
                            v3Columns.size());
                }
                w.append(line).append(style.eol);
                merged.add(style, "meetings", fullHeader, leftOut, code, line);
            }
        }
        return new long[] {n, badRow >= 0 ? 1 : 0};
    }

    private static long[] writeInspections(Path folder, Merged merged, String code, int year, Style style,
                                           SplittableRandom random, V3 v3) throws IOException {
        int n = 15 + random.nextInt(46);
        int badRow = badRow(random, n);
        try (Writer w = writer(folder.resolve(fileName(code, year, "inspections", "监督活动", style, random)),
                style.charset, style.bom)) {
            String header = style.english
                    ? "activity_id,activity_type,subject,start_date,end_date,deputies_participating,issues_raised,"
                    + "issues_rectified"
                    : "活动编号,活动类型,主题,开始日期,结束日期,参与代表人次,提出问题数,整改问题数";
            List<Column> v3Columns = v3.columns(V3Rows.INSPECTION_COLUMNS);
            String fullHeader = header + v3Header(style, V3Rows.INSPECTION_COLUMNS);
            header += v3Header(style, v3Columns);
            int leftOut = V3Rows.INSPECTION_COLUMNS.size() - v3Columns.size();
            w.write(header);
            w.write(style.eol);
            StringBuilder line = new StringBuilder(200);
            for (int r = 0; r < n; r++) {
                line.setLength(0);
                String[] type = ACTIVITIES[weighted(random, ACTIVITY_WEIGHTS)];
                LocalDate start = dayOf(year, random, 1, 340);
                int raised = random.nextInt(25);
                int rectified = raised == 0 ? 0 : random.nextInt(raised + 1);
                line.append("JD").append(year).append('-').append(pad(r + 1, 3)).append(',');
                line.append(style.choice(type[0], type[1])).append(',');
                line.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(',');
                line.append(style.date(start)).append(',');
                line.append(random.nextInt(4) == 0 ? "" : style.date(start.plusDays(random.nextInt(20)))).append(',');
                line.append(style.integer(random.nextInt(40))).append(',');
                line.append(style.integer(raised)).append(',');
                line.append(style.integer(r == badRow ? raised + 3 : rectified));
                if (!v3.none()) {
                    v3Cells(line, style, v3.rows().inspection(type[0]), v3Columns.size());
                }
                w.append(line).append(style.eol);
                merged.add(style, "inspections", fullHeader, leftOut, code, line);
            }
        }
        return new long[] {n, badRow >= 0 ? 1 : 0};
    }

    private static long[] writeAppointments(Path folder, Merged merged, String code, int year, Style style, SplittableRandom random,
                                            List<String> meetingIds) throws IOException {
        int n = 40 + random.nextInt(261);
        int badRow = badRow(random, n);
        List<String> standing = meetingIds.stream().filter(id -> id != null).toList();
        try (Writer w = writer(folder.resolve(fileName(code, year, "appointments", "任免", style, random)),
                style.charset, style.bom)) {
            String header = style.english
                    ? "record_id,decision_date,action,organ,position,person_name,meeting_id,law_exam,oath"
                    : "记录编号,决定日期,任免类型,机关,职务,姓名,会议编号,任前法律考试,宪法宣誓";
            w.write(header);
            w.write(style.eol);
            StringBuilder line = new StringBuilder(200);
            for (int r = 0; r < n; r++) {
                line.setLength(0);
                String[] action = ACTIONS[weighted(random, ACTION_WEIGHTS)];
                String[] organ = ORGANS[weighted(random, ORGAN_WEIGHTS)];
                boolean appointed = action[0].endsWith("appoint");
                line.append("RM").append(year).append('-').append(pad(r + 1, 4)).append(',');
                line.append(style.date(dayOf(year, random, 1, 360))).append(',');
                line.append(r == badRow ? "调任" : style.choice(action[0], action[1])).append(',');
                line.append(style.choice(organ[0], organ[1])).append(',');
                line.append(POSITIONS[random.nextInt(POSITIONS.length)]).append(',');
                line.append(SURNAMES[random.nextInt(SURNAMES.length)]).append(GIVEN[random.nextInt(GIVEN.length)])
                        .append(random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "").append(',');
                int ref = line.length();
                line.append(standing.isEmpty() || random.nextInt(5) == 0 ? ""
                        : standing.get(random.nextInt(standing.size()))).append(',');
                line.append(style.bool(appointed && random.nextInt(10) < 8)).append(',');
                line.append(style.bool(appointed && random.nextInt(20) < 19));
                w.append(line).append(style.eol);
                if (line.charAt(ref) != ',') {
                    line.insert(ref, code + "-"); // the meeting, as the merged meetings file names it
                }
                merged.add(style, "appointments", header, 0, code, line);
            }
        }
        return new long[] {n, badRow >= 0 ? 1 : 0};
    }

    private static long[] writeSuggestions(Path folder, Merged merged, String code, int year, Style style, SplittableRandom random)
            throws IOException {
        int n = 60 + random.nextInt(441);
        int badRow = badRow(random, n);
        try (Writer w = writer(folder.resolve(fileName(code, year, "suggestions", "代表建议", style, random)),
                style.charset, style.bom)) {
            String header = style.english ? SUGGESTIONS_HEADER
                    : "建议编号,类型,提出日期,领域,承办单位,重点督办,办理状态,办理结果,代表满意度,办结日期";
            w.write(header);
            w.write(style.eol);
            StringBuilder line = new StringBuilder(200);
            for (int r = 0; r < n; r++) {
                line.setLength(0);
                suggestion(line, random, style, year, "JY" + year + "-" + pad(r + 1, 4), r == badRow);
                w.append(line).append(style.eol);
                merged.add(style, "suggestions", header, 0, code, line);
            }
        }
        return new long[] {n, badRow >= 0 ? 1 : 0};
    }

    /** One suggestions row; {@code bad}: closed without an outcome (OUTCOME_REQUIRED). */
    private static void suggestion(StringBuilder line, SplittableRandom random, Style style, int year, String id,
                                   boolean bad) {
        boolean motion = random.nextInt(100) < 3;
        LocalDate submitted = dayOf(year, random, 5, 120);
        String[] field = FIELDS[weighted(random, FIELD_WEIGHTS)];
        boolean closed = random.nextInt(100) < 92;
        line.append(id).append(',');
        line.append(motion ? style.choice("motion", "议案") : style.choice("suggestion", "建议")).append(',');
        line.append(style.date(submitted)).append(',');
        line.append(style.choice(field[0], field[1])).append(',');
        line.append(UNITS[random.nextInt(UNITS.length)]).append(',');
        line.append(style.bool(random.nextInt(100) < 5)).append(',');
        line.append(closed ? style.choice("closed", "已办结") : style.choice("in_progress", "正在办理")).append(',');
        if (closed && !bad) {
            int o = random.nextInt(100);
            line.append(o < 65 ? "A" : o < 90 ? "B" : "C");
        }
        line.append(',');
        int s = random.nextInt(100);
        line.append(s < 70 ? style.choice("satisfied", "满意") : s < 90 ? style.choice("basically_satisfied", "基本满意")
                : s < 93 ? style.choice("dissatisfied", "不满意") : "").append(',');
        if (closed) {
            line.append(style.date(submitted.plusDays(20 + random.nextInt(200))));
        }
    }

    /**
     * The province's rows again, in one file per dataset and way of writing: three made-up
     * districts (990001 writes like the plain style, 990002 like Excel UTF-8, 990003 like Excel
     * GB18030), every row's id, and the meeting or station it names, prefixed with its real
     * district's code.
     */
    private static final class Merged implements AutoCloseable {

        private final Path dir;
        private final int year;
        private final java.util.Map<String, Writer> writers = new java.util.HashMap<>();

        Merged(Path dir, int year) throws IOException {
            this.dir = dir;
            this.year = year;
            Files.createDirectories(dir);
            try (Writer w = writer(dir.resolve("districts.csv"), StandardCharsets.UTF_8, false)) {
                w.write("code,name,deputies,order,deputies_all_levels\n990001,合并甲区,300,1,900\n990002,合并乙区,300,2,900\n"
                        + "990003,合并丙区,300,3,900\n");
            }
        }

        /**
         * @param header  the dataset's header with every v3 column, in the style's language
         * @param leftOut how many v3 columns at the end of that header the district's file left
         *                out: the line gets as many empty cells (a present but blank v3 cell reads
         *                as its default, as the column's absence does for the rows)
         */
        void add(Style style, String dataset, String header, int leftOut, String code, CharSequence line)
                throws IOException {
            String district = "99000" + (style.ordinal() + 1);
            Writer w = writers.get(district + dataset);
            if (w == null) {
                w = writer(dir.resolve(district + "_" + year + "_" + dataset + ".csv"), style.charset, style.bom);
                w.write(header);
                w.write(style.eol);
                writers.put(district + dataset, w);
            }
            w.append(code).append('-').append(line);
            for (int i = 0; i < leftOut; i++) {
                w.append(',');
            }
            w.append(style.eol);
        }

        @Override
        public void close() throws IOException {
            for (Writer w : writers.values()) {
                w.close();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** How a district writes its files. */
    private enum Style {
        /** What psql \copy reads as well: UTF-8, English headers and codes, ISO dates, LF. */
        PLAIN(StandardCharsets.UTF_8, false, true, "\n", 0),
        /** Excel "CSV UTF-8": BOM, Chinese headers and labels, 2024/3/5, CRLF. */
        EXCEL_UTF8(StandardCharsets.UTF_8, true, false, "\r\n", 1),
        /** Excel on Chinese Windows: GB18030, Chinese headers and labels, 2024年3月5日, CRLF. */
        EXCEL_GB18030(GB18030, false, false, "\r\n", 2);

        final Charset charset;
        final boolean bom;
        final boolean english;
        final String eol;
        final int dates;

        Style(Charset charset, boolean bom, boolean english, String eol, int dates) {
            this.charset = charset;
            this.bom = bom;
            this.english = english;
            this.eol = eol;
            this.dates = dates;
        }

        static Style pick(SplittableRandom random) {
            int r = random.nextInt(10);
            return r < 4 ? EXCEL_UTF8 : r < 7 ? EXCEL_GB18030 : PLAIN;
        }

        String choice(String code, String label) {
            return english ? code : label;
        }

        String bool(boolean value) {
            return english ? (value ? "Y" : "N") : (value ? "是" : "否");
        }

        String integer(int value) {
            return Integer.toString(value);
        }

        /** A cell of the sample input's rows ({@link V2Rows}) as this way of writing writes it. */
        String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Choice choice) {
                return choice(choice.code(), choice.label());
            }
            if (value instanceof Boolean bool) {
                return bool(bool);
            }
            if (value instanceof LocalDate day) {
                return date(day);
            }
            return quoted(value.toString());
        }

        String date(LocalDate d) {
            return switch (dates) {
                case 0 -> d.toString();
                case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
                default -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            };
        }
    }

    /** The v3 columns' names as a district writes them, each after a comma. */
    private static String v3Header(Style style, List<Column> columns) {
        StringBuilder header = new StringBuilder();
        for (Column column : columns) {
            header.append(',').append(style.english ? column.name() : column.alias());
        }
        return header.toString();
    }

    /** The first {@code count} of a row's v3 cells, each after a comma. */
    private static void v3Cells(StringBuilder line, Style style, Object[] cells, int count) {
        for (int c = 0; c < count; c++) {
            line.append(',').append(style.cell(cells[c]));
        }
    }

    private static String fileName(String code, int year, String dataset, String alias, Style style,
                                   SplittableRandom random) {
        boolean chinese = style != Style.PLAIN && random.nextInt(3) == 0;
        return code + "_" + year + "_" + (chinese ? alias : dataset) + ".csv";
    }

    /** One file in this many has a spoiled row; 0: none (the same random numbers drawn all the same). */
    private static int spoilOneIn = 50;

    /** The row index to spoil, about one file in fifty; -1 for none. */
    private static int badRow(SplittableRandom random, int rows) {
        if (random.nextInt(spoilOneIn == 0 ? 50 : spoilOneIn) != 0) {
            return -1;
        }
        int row = random.nextInt(rows);
        return spoilOneIn == 0 ? -1 : row;
    }

    private static LocalDate dayOf(int year, SplittableRandom random, int from, int to) {
        return LocalDate.ofYearDay(year, from + random.nextInt(to - from + 1));
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String quoted(String s) {
        return s.indexOf(',') < 0 && s.indexOf('，') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 ? s
                : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static Writer writer(Path file, Charset charset, boolean bom) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        return new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
    }
}
