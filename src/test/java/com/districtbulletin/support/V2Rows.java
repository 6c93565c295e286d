package com.districtbulletin.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The rows of the contract-v2 datasets of one district-year, as a clerk would enter them: each row
 * an array in the order of the dataset's column list here, its cells {@link Choice}s, booleans,
 * dates, integers, text or null (empty). The values keep to the contract's rules (a station
 * referenced by an activity is one of the district's, dates in the year unless the contract allows
 * otherwise); spoiling rows is the caller's business. All the randomness comes from the
 * {@code Random} given, in a fixed order: the same seed gives the same rows. Used by the sample
 * input ({@link SampleV2Generator}) and the province benchmark ({@code bench.SyntheticInput}).
 */
public final class V2Rows {

    /** A value as a clerk enters it: label is the Chinese, code the English form. */
    public record Choice(String label, String code) {
    }

    /** A column of the rows: its canonical name and Chinese alias, as the dataset declares them. */
    public record Column(String name, String alias) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红文辉鹏宇晨欣怡浩然佳琪子轩雨涵梓萱思远志刚海燕春梅";
    private static final String[] PLACES = {"东门", "西关", "南湖", "北岸", "城关", "桥头", "河口", "新城", "古镇", "花园",
            "枫林", "松岗", "白鹭", "金沙", "青山", "柳岸", "龙泉", "凤凰", "石门", "长塘", "梅岭", "月湖", "高桥", "永安",
            "太平", "和平", "莲花", "芳草", "荷塘", "银杏", "翠竹", "双溪", "清泉", "云岭", "杏坛", "樟树"};

    private final Random random;

    public V2Rows(Random random) {
        this.random = random;
    }

    public static final List<Column> STATION_COLUMNS = List.of(new Column("station_id", "站点编号"),
            new Column("name", "名称"), new Column("station_type", "站点类型"), new Column("level", "层级"),
            new Column("established_date", "建成日期"), new Column("upgraded", "本年提档升级"),
            new Column("model_level", "示范等级"), new Column("deputies_stationed", "进站代表人数"));

    public List<Object[]> stations(String district, int deputies, int year, double size, List<Object[]> previous) {
        List<Object[]> rows = new ArrayList<>();
        if (previous != null) {
            for (Object[] p : previous) {
                Object[] row = p.clone();
                row[5] = random.nextInt(6) == 0;
                row[7] = Math.max(3, (Integer) p[7] + random.nextInt(5) - 2);
                rows.add(row);
            }
        }
        int target = (int) Math.round(18 * size) + random.nextInt(8);
        int seq = rows.size();
        while (rows.size() < target || (previous != null && rows.size() < previous.size() + 2)) {
            seq++;
            boolean home = seq == 1;
            String place = PLACES[(seq * 7 + deputies) % PLACES.length];
            Choice type = home ? choice("代表之家", "deputies_home")
                    : pick(choice("代表联络站", "liaison_station"), choice("代表联络站", "liaison_station"),
                            choice("代表联络站", "liaison_station"), choice("代表工作室", "studio"),
                            choice("代表联络室", "liaison_room"), choice("网上联络站", "online_station"),
                            choice("基层立法联系点", "legislative_contact_point"));
            String name = home ? district + "人大代表之家" : place + (random.nextBoolean() ? "街道" : "社区") + type.label();
            Choice level = home ? choice("区县", "district")
                    : pick(choice("乡镇街道", "township"), choice("乡镇街道", "township"), choice("村社区", "village"),
                            choice("行业", "sector"));
            LocalDate established = previous == null
                    ? LocalDate.of(2016 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : inYear(year);
            Choice model = random.nextInt(5) == 0 ? pick(choice("省级", "provincial"), choice("市级", "municipal"),
                    choice("区县级", "district")) : null;
            Object establishedCell = random.nextInt(6) == 0 && previous == null ? null : established;
            rows.add(new Object[] {String.format("LZ%03d", seq), name, type, level, establishedCell,
                    previous != null, model, (home ? 20 : 8) + random.nextInt(home ? 40 : 30)});
        }
        return rows;
    }

    public static final List<Column> ACTIVITY_COLUMNS = List.of(new Column("activity_id", "活动编号"),
            new Column("activity_type", "活动类型"), new Column("activity_date", "活动日期"),
            new Column("station_id", "站点编号"), new Column("deputies_participating", "参与代表人次"),
            new Column("people_reached", "接待联系群众人次"), new Column("opinions_collected", "收集意见建议数"),
            new Column("opinions_handled", "办结办复数"));

    public List<Object[]> activities(int year, double size, List<String> stations) {
        int count = (int) Math.round(260 * size) + random.nextInt(60);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Choice type = pick(choice("进站接待", "station_reception"), choice("进站接待", "station_reception"),
                    choice("进站接待", "station_reception"), choice("代表小组活动", "group_activity"),
                    choice("代表小组活动", "group_activity"), choice("联系群众", "constituent_contact"),
                    choice("联系代表", "member_contact"), choice("回原选区述职", "report_back"),
                    choice("代表视察", "deputy_inspection"), choice("履职培训", "training"), choice("其他", "other"));
            boolean atStation = type.code().equals("station_reception")
                    || (type.code().equals("group_activity") && random.nextBoolean());
            String station = atStation ? stations.get(random.nextInt(stations.size())) : null;
            int deputies = type.code().equals("training") ? 30 + random.nextInt(120) : 1 + random.nextInt(12);
            int people = type.code().equals("training") || type.code().equals("member_contact") ? 0
                    : 5 + random.nextInt(60);
            int collected = people == 0 ? 0 : random.nextInt(12);
            int handled = collected == 0 ? 0 : collected - random.nextInt(Math.min(3, collected) + 1);
            rows.add(new Object[] {String.format("HD%d-%04d", year, i), type, inYear(year), station, deputies, people,
                    collected, handled});
        }
        return rows;
    }

    public static final List<Column> PROJECT_COLUMNS = List.of(new Column("project_id", "项目编号"),
            new Column("name", "项目名称"), new Column("vote_date", "票决日期"), new Column("vote_level", "票决层级"),
            new Column("status", "推进状态"), new Column("completed_date", "完成日期"),
            new Column("evaluation", "测评结果"), new Column("supervision_group", "监督小组"));

    private static final String[] PROJECTS = {"老旧小区改造", "城区积水点整治", "中小学校扩容提质", "社区嵌入式养老服务中心建设",
            "农村公路提档升级", "公共厕所新建改造", "口袋公园建设", "背街小巷整治", "农贸市场标准化改造", "婴幼儿托育服务点建设",
            "社区卫生服务中心改扩建", "停车泊位新增", "农村饮水安全巩固提升", "既有住宅加装电梯", "全民健身设施补短板",
            "便民生活圈建设", "河道生态修复", "充电桩建设"};

    public List<Object[]> projects(int year) {
        int count = 8 + random.nextInt(7);
        LocalDate vote = LocalDate.of(year, 1, 8 + random.nextInt(20));
        List<Object[]> rows = new ArrayList<>();
        int offset = random.nextInt(PROJECTS.length);
        for (int i = 1; i <= count; i++) {
            boolean township = i > count - 2 && random.nextBoolean();
            LocalDate voted = township ? vote.plusDays(20 + random.nextInt(40)) : vote;
            int roll = random.nextInt(10);
            Choice status = year == 2023 ? (roll < 9 ? choice("已完成", "completed") : choice("滞后", "delayed"))
                    : roll < 6 ? choice("已完成", "completed")
                    : roll < 9 ? choice("按进度推进", "on_schedule") : choice("滞后", "delayed");
            boolean done = status.code().equals("completed");
            LocalDate completed = done ? voted.plusDays(120 + random.nextInt(200)) : null;
            Choice evaluation = done ? pick(choice("满意", "satisfied"), choice("满意", "satisfied"),
                    choice("满意", "satisfied"), choice("基本满意", "basically_satisfied")) : null;
            rows.add(new Object[] {String.format("MS%d-%02d", year, i), PROJECTS[(offset + i) % PROJECTS.length], voted,
                    township ? choice("乡镇街道", "township") : choice("区县人代会", "district_congress"), status,
                    completed, evaluation, "第" + "一二三四五六七八九十".charAt((i - 1) % 10) + "代表监督小组"});
        }
        return rows;
    }

    public static final List<Column> PETITION_COLUMNS = List.of(new Column("petition_id", "信访编号"),
            new Column("received_date", "受理日期"), new Column("form", "信访形式"), new Column("persons", "人次"),
            new Column("backlog", "信访积案"), new Column("handling", "处理方式"), new Column("status", "办理状态"));

    public List<Object[]> petitions(int year, double size) {
        int count = (int) Math.round(55 * size) + random.nextInt(25);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean backlog = i <= 2;
            Choice form = i % 12 == 0 ? choice("领导接访", "leader_reception")
                    : pick(choice("来信", "letter"), choice("来信", "letter"), choice("来访", "visit"),
                            choice("网上信访", "online"), choice("网上信访", "online"));
            LocalDate received = backlog ? LocalDate.of(year - 2 - random.nextInt(3), 1 + random.nextInt(12),
                    1 + random.nextInt(28)) : inYear(year);
            int persons = form.code().equals("leader_reception") ? 4 + random.nextInt(12)
                    : form.code().equals("visit") ? 1 + random.nextInt(random.nextInt(6) == 0 ? 20 : 3) : 1;
            Choice handling = form.code().equals("leader_reception") ? null
                    : random.nextInt(10) == 0 ? null
                    : pick(choice("转交办", "referred"), choice("转交办", "referred"), choice("转交办", "referred"),
                            choice("直接办理", "handled"), choice("存查", "filed"));
            Choice status = handling == null || handling.code().equals("filed") ? null
                    : random.nextInt(4) == 0 ? choice("正在办理", "in_progress") : choice("已化解", "resolved");
            rows.add(new Object[] {String.format("XF%d-%03d", year, i), received, form,
                    persons == 1 && random.nextBoolean() ? null : persons, backlog ? Boolean.TRUE : null, handling,
                    status});
        }
        return rows;
    }

    public static final List<Column> LEGISLATION_COLUMNS = List.of(new Column("task_id", "任务编号"),
            new Column("task_type", "任务类型"), new Column("law_title", "法律法规名称"),
            new Column("requested_by", "委托机关"), new Column("start_date", "开始日期"),
            new Column("opinions_submitted", "报送意见建议数"));

    private static final String[] LAWS = {"《网格化服务管理条例（草案）》", "《物业管理条例（修订草案）》", "《生态环境保护条例（草案）》",
            "《养老服务条例（草案）》", "《消防条例（修订草案）》", "《未成年人保护法》", "《文物保护法（修订草案）》",
            "《乡村振兴促进条例（草案）》", "《优化营商环境条例》", "《城市供水条例（修订草案）》", "《食品安全法》",
            "《社会救助法（草案）》", "《全民健身条例（草案）》", "《历史文化名城保护条例》"};

    public List<Object[]> legislation(int year) {
        int count = 5 + random.nextInt(12);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Choice type = pick(choice("立法意见征集", "draft_consultation"), choice("立法意见征集", "draft_consultation"),
                    choice("立法意见征集", "draft_consultation"), choice("立法调研", "legislative_research"),
                    choice("配合执法检查", "joint_inspection"), choice("配合专题调研", "joint_research"));
            Choice by = pick(choice("全国人大", "npc"), choice("省人大", "provincial"), choice("省人大", "provincial"),
                    choice("市人大", "municipal"), choice("市人大", "municipal"));
            int opinions = type.code().equals("draft_consultation") ? 3 + random.nextInt(40) : random.nextInt(10);
            rows.add(new Object[] {String.format("LF%d-%02d", year, i), type, LAWS[random.nextInt(LAWS.length)], by,
                    inYear(year), opinions});
        }
        return rows;
    }

    public static final List<Column> FILING_COLUMNS = List.of(new Column("filing_id", "文件编号"),
            new Column("title", "文件名称"), new Column("issuer", "制定机关"), new Column("filed_date", "报备日期"),
            new Column("reviewed", "已审查"), new Column("problem_found", "发现问题"), new Column("corrected", "已纠正"));

    private static final String[] DOCUMENTS = {"城市管理办法", "农村集体资产管理办法", "政府投资项目管理办法", "城乡居民医疗救助实施细则",
            "公共租赁住房管理办法", "生活垃圾分类管理办法", "规范性文件制定程序规定", "重大行政决策程序规定", "扬尘污染防治实施方案",
            "招商引资优惠政策", "行政执法公示制度", "殡葬管理实施办法"};

    public List<Object[]> filings(String district, int year, double size) {
        int count = (int) Math.round(20 * size) + random.nextInt(12);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Choice issuer = pick(choice("人民政府", "government"), choice("人民政府", "government"),
                    choice("人民政府", "government"), choice("人民政府", "government"), choice("人民法院", "court"),
                    choice("人民检察院", "procuratorate"), choice("监察委员会", "supervision"),
                    choice("乡镇人大", "township_congress"));
            boolean problem = random.nextInt(9) == 0;
            boolean corrected = problem && random.nextBoolean();
            String title = "关于印发《" + district + DOCUMENTS[random.nextInt(DOCUMENTS.length)] + "》的通知";
            rows.add(new Object[] {String.format("BA%d-%03d", year, i), title, issuer, inYear(year),
                    random.nextInt(15) == 0 ? Boolean.FALSE : null, problem ? Boolean.TRUE : null,
                    corrected ? Boolean.TRUE : null});
        }
        return rows;
    }

    public static final List<Column> REVIEW_COLUMNS = List.of(new Column("review_id", "评议编号"),
            new Column("review_date", "评议日期"), new Column("form", "评议方式"), new Column("organ", "机关"),
            new Column("position", "职务"), new Column("person_name", "姓名"), new Column("result", "评议结果"));

    private static final String[] UNITS = {"区教育局局长", "区民政局局长", "区财政局局长", "区住房和城乡建设局局长", "区卫生健康局局长",
            "区市场监督管理局局长", "区生态环境分局局长", "区司法局局长", "区人民法院副院长", "区人民检察院副检察长", "区监察委员会副主任",
            "区交通运输局局长", "区农业农村局局长"};

    public List<Object[]> reviews(String district, int year) {
        int count = 6 + random.nextInt(14);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String position = UNITS[random.nextInt(UNITS.length)];
            Choice organ = position.contains("法院") ? choice("人民法院", "court")
                    : position.contains("检察院") ? choice("人民检察院", "procuratorate")
                    : position.contains("监察") ? choice("监察委员会", "supervision") : choice("人民政府", "government");
            Choice form = organ.code().equals("court") || organ.code().equals("procuratorate")
                    ? choice("员额法官检察官评议", "judge_prosecutor_review")
                    : pick(choice("任后履职评价", "post_appointment"), choice("述职评议", "report_review"),
                            choice("述职述法评议", "law_report_review"));
            Choice result = random.nextInt(8) == 0 ? null : random.nextInt(5) == 0
                    ? choice("基本满意", "basically_satisfied") : choice("满意", "satisfied");
            rows.add(new Object[] {String.format("PY%d-%02d", year, i), inYear(year), form, organ,
                    position.replace("区", district.endsWith("县") ? "县" : "区"), person(), result});
        }
        return rows;
    }

    static Choice choice(String label, String code) {
        return new Choice(label, code);
    }

    private Choice pick(Choice... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private LocalDate inYear(int year) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }

    private String person() {
        String name = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
        return random.nextBoolean() ? name + GIVEN.charAt(random.nextInt(GIVEN.length())) : name;
    }
}
