package com.districtbulletin.support;

import com.districtbulletin.support.V2Rows.Choice;
import com.districtbulletin.support.V2Rows.Column;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What contract v3 adds to a district-year's rows (contract-v3-additions.md): the v3 columns of the
 * v2 datasets, appended after their v2 cells in the order of the column lists here; rows of the new
 * choice values (座谈会, 负责人进站, 观察点, 业务培训, 法律宣传, 矛盾纠纷调处), appended after the v2 rows;
 * and the new dataset {@code service_tasks}. The values keep to the declarations' rules (解决问题数 ≤
 * 办结办复数, 负责人进站 with at least one official, no 列席代表意见建议 without deputies attending, a
 * station's or vote's township one of the district's, assignment dates not after the year and
 * events in it). All the randomness comes from the {@code Random} given, in a fixed order, apart
 * from the v2 rows' own: the v2 cells stay those {@link V2Rows} gives.
 */
public final class V3Rows {

    private static final String[] PLACES = {"东门", "西关", "南湖", "北岸", "城关", "桥头", "河口", "新城", "古镇", "花园",
            "枫林", "松岗", "白鹭", "金沙", "青山", "柳岸", "龙泉", "凤凰", "石门", "长塘", "梅岭", "月湖", "高桥", "永安",
            "太平", "和平", "莲花", "芳草", "荷塘", "银杏", "翠竹", "双溪", "清泉", "云岭", "杏坛", "樟树"};

    /** The most townships a district can have here: each gets its own place name. */
    public static final int MAX_TOWNSHIPS = PLACES.length;

    private final Random random;

    public V3Rows(Random random) {
        this.random = random;
    }

    /** The full names of a district's {@code count} townships and streets (at most {@link #MAX_TOWNSHIPS}), all distinct. */
    public List<String> townships(int count) {
        int offset = random.nextInt(PLACES.length);
        int streets = count / 3 + random.nextInt(count / 2 + 1);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String place = PLACES[(offset + i) % PLACES.length];
            names.add(place + (i < streets ? "街道" : i % 5 == 0 ? "乡" : "镇"));
        }
        return names;
    }

    // ---------------------------------------------------------------- meetings, inspections (v1 datasets)

    public static final List<Column> MEETING_COLUMNS = List.of(new Column("agenda_items", "议题数"),
            new Column("speeches", "审议发言人次"), new Column("member_opinions", "审议意见建议数"),
            new Column("attending_opinions", "列席代表意见建议数"), new Column("responses_received", "收到办理答复数"));

    /** A meeting's v3 cells, given its v2 ones. */
    public Object[] meeting(boolean standing, int reports, int resolutions, int opinionsIssued, int deputiesAttending) {
        if (!standing) {
            return new Object[] {2 + random.nextInt(7), 0, 0, 0, 0};
        }
        int agenda = reports + resolutions + 1 + random.nextInt(4);
        int speeches = agenda * (3 + random.nextInt(6));
        int opinions = speeches + random.nextInt(speeches + 1);
        int attending = deputiesAttending == 0 ? 0 : random.nextInt(Math.min(deputiesAttending * 2, 20) + 1);
        int responses = random.nextInt(opinionsIssued + 1);
        return new Object[] {agenda, speeches, opinions, attending, responses};
    }

    public static final List<Column> INSPECTION_COLUMNS = List.of(new Column("reports_written", "形成报告数"),
            new Column("letters_issued", "监督意见书数"), new Column("laws_covered", "检查法律法规数"));

    /** An inspection activity's v3 cells, given its type's code. */
    public Object[] inspection(String type) {
        boolean lawInspection = type.equals("law_enforcement_inspection");
        boolean report = lawInspection || type.equals("inspection_visit") || type.equals("thematic_research");
        int reports = report ? (random.nextInt(6) == 0 ? 0 : 1 + (random.nextInt(5) == 0 ? 1 : 0)) : 0;
        int letters = random.nextInt(8) == 0 ? 1 : 0;
        int laws = lawInspection ? 1 + (random.nextInt(4) == 0 ? 1 : 0) : 0;
        return new Object[] {reports, letters, laws};
    }

    // ---------------------------------------------------------------- the v2 datasets

    public static final List<Column> STATION_COLUMNS = List.of(new Column("township", "所在乡镇（街道）"),
            new Column("grassroots_unit", "基层单元"));

    /**
     * The stations with their township (township- and village-level stations, one of the
     * district's, in turn from a random one, so that most districts cover most of their townships;
     * none for district-level, sector and online ones) and 基层单元, then 0–4 community observation
     * points.
     */
    public List<Object[]> stations(List<Object[]> v2, List<String> townships, int year) {
        List<Object[]> rows = new ArrayList<>();
        int next = random.nextInt(townships.size());
        for (Object[] row : v2) {
            String level = ((Choice) row[3]).code();
            boolean local = (level.equals("township") || level.equals("village"))
                    && !((Choice) row[2]).code().equals("online_station");
            String township = local ? townships.get(next++ % townships.size()) : null;
            boolean unit = local && random.nextInt(8) == 0;
            rows.add(append(row, township, unit));
        }
        int points = random.nextInt(5);
        for (int i = 1; i <= points; i++) {
            String township = townships.get(random.nextInt(townships.size()));
            rows.add(new Object[] {String.format("GC%03d", i), township + (random.nextBoolean() ? "社区" : "") + "民意观察点",
                choice("观察点", "observation_point"), choice("村社区", "village"),
                LocalDate.of(year - random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28)), false, null,
                3 + random.nextInt(8), township, random.nextInt(3) == 0});
        }
        return rows;
    }

    public static final List<Column> ACTIVITY_COLUMNS = List.of(new Column("questions_answered", "解疑释惑数"),
            new Column("opinions_resolved", "解决问题数"), new Column("officials_attending", "国家机关负责人人次"),
            new Column("organizer", "主办"));

    /**
     * The activities with their v3 cells (organizer on most 履职培训 rows), then 1–6 deputies'
     * forums and 3–20 visits of state organs' heads to the district's stations; ids go on after
     * the v2 rows' ({@code HD<year>-<n>}).
     */
    public List<Object[]> activities(List<Object[]> v2, List<String> stations, int year) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : v2) {
            String type = ((Choice) row[1]).code();
            int people = (Integer) row[5];
            int handled = (Integer) row[7];
            int answered = people == 0 ? 0 : random.nextInt(people / 4 + 1);
            int resolved = handled == 0 ? 0 : random.nextInt(handled + 1);
            int officials = type.equals("station_reception") && random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0;
            Choice organizer = !type.equals("training") || random.nextInt(10) == 0 ? null
                    : pick(choice("上级人大", "higher_congress"), choice("区县人大常委会", "district"),
                            choice("乡镇街道人大", "township"), choice("乡镇街道人大", "township"));
            rows.add(append(row, answered, resolved, officials, organizer));
        }
        int next = v2.size();
        int forums = 1 + random.nextInt(6);
        for (int i = 0; i < forums; i++) {
            int collected = random.nextInt(16);
            int handled = collected == 0 ? 0 : collected - random.nextInt(Math.min(4, collected) + 1);
            rows.add(new Object[] {String.format("HD%d-%04d", year, ++next), choice("座谈会", "forum"), inYear(year),
                null, 8 + random.nextInt(25), 0, collected, handled, 0, random.nextInt(handled + 1), 0, null});
        }
        int visits = 3 + random.nextInt(18);
        for (int i = 0; i < visits; i++) {
            int people = 10 + random.nextInt(50);
            int collected = random.nextInt(12);
            int handled = collected == 0 ? 0 : collected - random.nextInt(Math.min(3, collected) + 1);
            rows.add(new Object[] {String.format("HD%d-%04d", year, ++next), choice("负责人进站", "officials_at_station"),
                inYear(year), stations.get(random.nextInt(stations.size())), 2 + random.nextInt(6), people, collected,
                handled, random.nextInt(people / 4 + 1), random.nextInt(handled + 1), 1 + random.nextInt(4), null});
        }
        return rows;
    }

    public static final List<Column> PROJECT_COLUMNS = List.of(new Column("township", "票决乡镇（街道）"));

    /** The projects with the township whose deputies voted a 乡镇街道 vote (empty on district-congress rows). */
    public List<Object[]> projects(List<Object[]> v2, List<String> townships) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : v2) {
            boolean township = ((Choice) row[3]).code().equals("township");
            rows.add(append(row, township ? townships.get(random.nextInt(townships.size())) : null));
        }
        return rows;
    }

    /**
     * The legislative liaison tasks (no v3 column: the v2 cells as they are), then the contact
     * points' own work, one row an event: 0–6 staff trainings, 0–12 law-publicity events and 0–15
     * mediated disputes, without law title or requester.
     */
    public List<Object[]> legislation(List<Object[]> v2, int year) {
        List<Object[]> rows = new ArrayList<>(v2);
        int next = v2.size();
        int[] counts = {random.nextInt(7), random.nextInt(13), random.nextInt(16)};
        Choice[] types = {choice("业务培训", "liaison_training"), choice("法律宣传", "law_publicity"),
            choice("矛盾纠纷调处", "dispute_mediation")};
        for (int t = 0; t < types.length; t++) {
            for (int i = 0; i < counts[t]; i++) {
                rows.add(new Object[] {String.format("LF%d-%02d", year, ++next), types[t], null, null, inYear(year),
                    t == 1 ? random.nextInt(6) : 0});
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- service_tasks

    public static final List<Column> SERVICE_TASK_COLUMNS = List.of(new Column("task_id", "任务编号"),
            new Column("task_type", "任务类型"), new Column("subject", "事项"), new Column("start_date", "开始日期"),
            new Column("end_date", "结束日期"), new Column("issues_resolved", "协调解决问题数"));

    private static final String[] PROJECTS = {"新能源汽车零部件产业园", "智能制造产业园", "光电子信息产业基地", "生物医药产业园",
            "冷链物流园", "现代农业产业园", "数据中心", "高端装备制造项目", "文旅综合体", "城市更新片区", "总部经济区", "职业教育园区",
            "区属国有企业改革", "重点外贸企业", "专精特新企业", "农产品加工企业"};
    private static final String[] WATERS = {"湖", "河", "港", "渠", "水库", "林场"};
    private static final String[] MATTERS = {"老旧小区改造", "背街小巷整治", "农贸市场改造", "社区养老服务", "城区积水点整治",
            "学校周边交通治理", "停车难治理", "农村饮水提升", "棚改盘活", "口袋公园建设", "既有住宅加装电梯", "充电设施建设"};
    private static final String[] TEAMS = {"安全生产督导组", "项目建设督导组", "乡村振兴督导组", "生态环保督导组", "营商环境督导组"};
    private static final String[] CITIES = {"深圳", "上海", "杭州", "苏州", "广州", "北京", "成都", "厦门", "宁波", "合肥", "香港"};

    /**
     * One district-year of 中心工作: its assignments (包保项目企业 5–24, 河湖长制 2–8, 领办实事 3–17,
     * 督导组 0–4, 其他 0–2; each begun this year or up to four years before, a few ended in it) and
     * its events (招商考察 4–24 trips of 1–7 days, 督导 5–44 visits), in that order.
     */
    public List<Object[]> serviceTasks(int year) {
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        int offset = random.nextInt(PLACES.length);
        int[] counts = {5 + random.nextInt(20), 2 + random.nextInt(7), 3 + random.nextInt(15), random.nextInt(5),
            random.nextInt(3)};
        Choice[] types = {choice("包保项目企业", "project_liaison"), choice("河湖长制", "river_chief"),
            choice("领办实事", "led_matter"), choice("督导组", "supervision_team"), choice("其他", "other")};
        for (int t = 0; t < types.length; t++) {
            for (int i = 0; i < counts[t]; i++) {
                String subject = switch (t) {
                    case 0 -> PLACES[(offset + i) % PLACES.length] + PROJECTS[random.nextInt(PROJECTS.length)];
                    case 1 -> PLACES[(offset + i) % PLACES.length] + WATERS[random.nextInt(WATERS.length)];
                    case 2 -> MATTERS[random.nextInt(MATTERS.length)];
                    case 3 -> TEAMS[i % TEAMS.length];
                    default -> "创文创卫工作";
                };
                LocalDate start = t >= 2 ? LocalDate.of(year - random.nextInt(2), 1 + random.nextInt(12),
                        1 + random.nextInt(28)) : LocalDate.of(year - random.nextInt(5), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                LocalDate end = null;
                if (random.nextInt(6) == 0) {
                    LocalDate from = start.getYear() < year ? LocalDate.of(year, 1, 1) : start;
                    end = from.plusDays(random.nextInt(Math.max(1, LocalDate.of(year, 12, 31).getDayOfYear()
                            - from.getDayOfYear() + 1)));
                }
                rows.add(new Object[] {String.format("ZX%d-%03d", year, ++n), types[t], subject, start, end,
                    random.nextInt(t == 1 ? 3 : 6)});
            }
        }
        int trips = 4 + random.nextInt(21);
        for (int i = 0; i < trips; i++) {
            LocalDate start = inYear(year);
            int days = 1 + random.nextInt(7);
            rows.add(new Object[] {String.format("ZX%d-%03d", year, ++n), choice("招商考察", "investment_trip"),
                "赴" + CITIES[random.nextInt(CITIES.length)] + "招商考察", start,
                days == 1 && random.nextBoolean() ? null : start.plusDays(days - 1), random.nextInt(3)});
        }
        int visits = 5 + random.nextInt(40);
        for (int i = 0; i < visits; i++) {
            LocalDate start = inYear(year);
            rows.add(new Object[] {String.format("ZX%d-%03d", year, ++n), choice("督导", "supervision_visit"),
                TEAMS[random.nextInt(TEAMS.length)].replace("督导组", "督导"), start,
                random.nextBoolean() ? null : start, random.nextInt(3)});
        }
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    private static Object[] append(Object[] row, Object... cells) {
        Object[] out = Arrays.copyOf(row, row.length + cells.length);
        System.arraycopy(cells, 0, out, row.length, cells.length);
        return out;
    }

    private static Choice choice(String label, String code) {
        return new Choice(label, code);
    }

    private Choice pick(Choice... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private LocalDate inYear(int year) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }
}
