package com.districtbulletin.dataset;

import static com.districtbulletin.dataset.Choice.addedInV3;
import static com.districtbulletin.dataset.Choice.of;
import static com.districtbulletin.dataset.Column.column;
import static com.districtbulletin.dataset.CrossFieldRule.given;
import static com.districtbulletin.dataset.CrossFieldRule.notBefore;
import static com.districtbulletin.dataset.CrossFieldRule.notMoreThan;
import static com.districtbulletin.dataset.CrossFieldRule.onlyWith;
import static com.districtbulletin.dataset.CrossFieldRule.requiredWhen;
import static com.districtbulletin.dataset.CrossFieldRule.within;
import static com.districtbulletin.dataset.DatasetDeclaration.declare;
import static com.districtbulletin.dataset.ColumnType.BOOLEAN;
import static com.districtbulletin.dataset.ColumnType.DATE;
import static com.districtbulletin.dataset.ColumnType.ENUM;
import static com.districtbulletin.dataset.ColumnType.INTEGER;
import static com.districtbulletin.dataset.ColumnType.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The datasets of the data contract (section 5), each declared once as data: columns, id
 * column, cross-field rules and references to other datasets. The declarations drive header
 * mapping, parsing, validation, storage (the table of the same name), the metrics and the
 * clerks' filling instructions; they are checked when this class loads, so a misspelt name
 * stops the program at start-up. The first column is the row id, unique in a file.
 */
public enum Dataset {

    MEETINGS(declare("meetings", "会议",
            column("meeting_id", "会议编号", TEXT).required().example("HY2024-01").means("本年度内唯一的会议编号"),
            column("meeting_type", "会议类型", ENUM).required().choices(
                    of("standing_committee", "常委会会议"),
                    of("chairpersons", "主任会议")),
            column("meeting_date", "会议日期", DATE).required().inYear().example("2024年3月5日"),
            column("reports_heard", "听取审议报告数", INTEGER).orElse("0").example("2").means("听取和审议的专项工作报告数"),
            column("resolutions", "决议决定数", INTEGER).orElse("0").example("1").means("作出的决议、决定数"),
            column("opinions_issued", "审议意见数", INTEGER).orElse("0").example("2").means("交政府及有关部门研究处理的审议意见数"),
            column("deputies_attending", "列席代表人数", INTEGER).orElse("0").example("12").means("列席会议的人大代表人数"),
            column("topics", "主要议题", TEXT).example("听取和审议区人民政府关于安全生产工作情况的报告"),
            column("agenda_items", "议题数", INTEGER).orElse("0").example("5").addedInV3()
                    .means("会议议程上的议题数，常委会会议和主任会议都填"),
            column("speeches", "审议发言人次", INTEGER).orElse("0").example("20").addedInV3()
                    .means("组成人员在全体会议和分组审议中的发言人次"),
            column("member_opinions", "审议意见建议数", INTEGER).orElse("0").example("30").addedInV3()
                    .means("组成人员审议中提出的意见建议条数"),
            column("attending_opinions", "列席代表意见建议数", INTEGER).orElse("0").example("5").addedInV3()
                    .means("被吸纳的列席代表意见建议条数；无列席代表时填0"),
            column("responses_received", "收到办理答复数", INTEGER).orElse("0").example("2").addedInV3()
                    .means("收到的审议意见办理方案、答复函份数"))
            .rules(CrossFieldRule.onlyWith("attending_opinions", "deputies_attending", "OPINIONS_WITHOUT_DEPUTIES")
                    .onRowsWhere("meeting_type", "standing_committee"))),

    INSPECTIONS(declare("inspections", "监督活动",
            column("activity_id", "活动编号", TEXT).required().example("JD2024-001").means("本年度内唯一的活动编号"),
            column("activity_type", "活动类型", ENUM).required().choices(
                    of("law_enforcement_inspection", "执法检查"),
                    of("inspection_visit", "视察"),
                    of("thematic_research", "专题调研"),
                    of("special_inquiry", "专题询问"),
                    of("satisfaction_evaluation", "满意度测评")),
            column("subject", "主题", TEXT).required().example("《安全生产法》实施情况").means("如《安全生产法》实施情况"),
            column("start_date", "开始日期", DATE).required().inYear().example("2024年4月8日"),
            column("end_date", "结束日期", DATE).example("2024年4月12日"),
            column("deputies_participating", "参与代表人次", INTEGER).orElse("0").example("15"),
            column("issues_raised", "提出问题数", INTEGER).orElse("0").example("12").means("提出的意见建议和问题清单条目数"),
            column("issues_rectified", "整改问题数", INTEGER).orElse("0").example("10").means("已整改的问题数"),
            column("reports_written", "形成报告数", INTEGER).orElse("0").example("1").addedInV3()
                    .means("形成的检查、视察、调研报告篇数"),
            column("letters_issued", "监督意见书数", INTEGER).orElse("0").example("0").addedInV3()
                    .means("向有关机关发出的监督意见书份数"),
            column("laws_covered", "检查法律法规数", INTEGER).orElse("0").example("1").addedInV3()
                    .means("检查的法律法规部数（“一法一办法”为2部），仅执法检查计入"))
            .rules(notBefore("end_date", "start_date", "END_BEFORE_START"),
                    notMoreThan("issues_rectified", "issues_raised", "RECTIFIED_EXCEEDS_RAISED"))),

    APPOINTMENTS(declare("appointments", "任免",
            column("record_id", "记录编号", TEXT).required().example("RM2024-0001").means("本年度内唯一的记录编号"),
            column("decision_date", "决定日期", DATE).required().inYear().example("2024年3月5日"),
            column("action", "任免类型", ENUM).required().choices(
                    of("appoint", "任命"),
                    of("decide_appoint", "决定任命"),
                    of("approve_appoint", "批准任命"),
                    of("remove", "免职"),
                    of("dismiss", "撤职"),
                    of("accept_resignation", "接受辞职")),
            column("organ", "机关", ENUM).required().example("人民政府").choices(Shared.ORGANS),
            column("position", "职务", TEXT).required().example("区人民政府副区长"),
            column("person_name", "姓名", TEXT).example("张某某").means("仅存档，不在任何输出中出现"),
            column("meeting_id", "会议编号", TEXT).example("HY2024-01").means("作出决定的常委会会议编号，须见于同年会议报送"),
            column("law_exam", "任前法律考试", BOOLEAN).orElse("否").example("是"),
            column("oath", "宪法宣誓", BOOLEAN).orElse("否").example("是"))
            .references("meeting_id", "meetings", "UNKNOWN_MEETING")),

    SUGGESTIONS(declare("suggestions", "代表建议",
            column("suggestion_id", "建议编号", TEXT).required().example("JY2024-0001").means("本年度内唯一的建议编号"),
            column("kind", "类型", ENUM).orElse("建议").choices(
                    of("suggestion", "建议"),
                    of("motion", "议案")),
            column("submitted_date", "提出日期", DATE).required().inYear().example("2024年1月10日"),
            column("field", "领域", ENUM).required().example("城建环保").choices(
                    of("economy", "经济发展"),
                    of("urban_environment", "城建环保"),
                    of("education_culture_health", "教科文卫"),
                    of("agriculture_rural", "农业农村"),
                    of("social", "社会建设"),
                    of("supervision_judicial", "监察司法"),
                    of("other", "其他")),
            column("handling_unit", "承办单位", TEXT).required().example("区住房和城乡建设局"),
            column("key_supervised", "重点督办", BOOLEAN).orElse("否").example("否"),
            column("status", "办理状态", ENUM).required().choices(
                    of("closed", "已办结"),
                    of("in_progress", "正在办理")),
            column("outcome", "办理结果", ENUM).choices(
                    of("A", "A"),
                    of("B", "B"),
                    of("C", "C")).means("A 已解决或采纳，B 正在解决或列入计划，C 因条件限制暂不能解决"),
            column("satisfaction", "代表满意度", ENUM).choices(Shared.SATISFACTION).means("留空表示代表尚未反馈"),
            column("closed_date", "办结日期", DATE).example("2024年6月28日").means("可晚于本年度"),
            column("level", "代表层级", ENUM).orElse("本级").choices(
                    of("own", "本级"),
                    of("higher", "上级")).means("本级：本区（县）人大代表提出的建议和议案；上级：本区（县）承办或督办的省、市人大代表建议"))
            .rules(requiredWhen("outcome", "status", "closed", "OUTCOME_REQUIRED", "OUTCOME_NOT_ALLOWED"),
                    requiredWhen("closed_date", "status", "closed", "CLOSED_DATE_REQUIRED", "CLOSED_DATE_NOT_ALLOWED"),
                    notBefore("closed_date", "submitted_date", "CLOSED_BEFORE_SUBMITTED"))),

    STATIONS(declare("stations", "联络站点",
            column("station_id", "站点编号", TEXT).required().example("ZD-001").means("本区唯一的站点编号，代表活动中的站点编号须与此一致"),
            column("name", "名称", TEXT).required().example("纸坊街代表联络站"),
            column("station_type", "站点类型", ENUM).required().choices(
                    of("deputies_home", "代表之家"),
                    of("liaison_station", "代表联络站"),
                    of("studio", "代表工作室"),
                    of("liaison_room", "代表联络室"),
                    of("online_station", "网上联络站"),
                    of("legislative_contact_point", "基层立法联系点"),
                    of("other", "其他"),
                    addedInV3("observation_point", "观察点")).means("基层立法联络站、联络室填基层立法联系点；社区观察点、民意观察点填观察点"),
            column("level", "层级", ENUM).example("乡镇街道").choices(
                    of("district", "区县"),
                    of("township", "乡镇街道"),
                    of("village", "村社区"),
                    of("sector", "行业")),
            column("established_date", "建成日期", DATE).notAfterYear().example("2024年5月20日")
                    .means("在本年度内的为新建站点"),
            column("upgraded", "本年提档升级", BOOLEAN).orElse("否").example("否"),
            column("model_level", "示范等级", ENUM).means("留空表示不是示范站点").choices(
                    of("national", "国家级"),
                    of("provincial", "省级"),
                    of("municipal", "市级"),
                    of("district", "区县级")),
            column("deputies_stationed", "进站代表人数", INTEGER).orElse("0").example("12")
                    .means("编入本站点的各级人大代表人数，每名代表只计入一个站点"),
            column("township", "所在乡镇（街道）", TEXT).example("纸坊街道").addedInV3()
                    .means("站点服务的乡镇（街道）全称；区级、行业和网上站点留空"),
            column("grassroots_unit", "基层单元", BOOLEAN).orElse("否").example("否").addedInV3()
                    .means("已建成运行的全过程人民民主基层单元"))),

    DEPUTY_ACTIVITIES(declare("deputy_activities", "代表活动",
            column("activity_id", "活动编号", TEXT).required().example("DB2024-001").means("本年度内唯一的活动编号"),
            column("activity_type", "活动类型", ENUM).required().choices(
                    of("group_activity", "代表小组活动"),
                    of("station_reception", "进站接待"),
                    of("member_contact", "联系代表"),
                    of("constituent_contact", "联系群众"),
                    of("report_back", "回原选区述职"),
                    of("deputy_inspection", "代表视察"),
                    of("training", "履职培训"),
                    of("other", "其他"),
                    addedInV3("forum", "座谈会"),
                    addedInV3("officials_at_station", "负责人进站"))
                    .means("进站接待：代表在站点接待群众；联系代表：常委会组成人员联系代表；座谈会：常委会或其领导召开的代表座谈会；"
                            + "负责人进站：国家机关或部门负责人进站听取意见"),
            column("activity_date", "活动日期", DATE).required().inYear().example("2024年3月15日"),
            column("station_id", "站点编号", TEXT).example("ZD-001").means("活动所在的联络站点编号，须见于同年联络站点报送"),
            column("deputies_participating", "参与代表人次", INTEGER).orElse("0").example("8"),
            column("people_reached", "接待联系群众人次", INTEGER).orElse("0").example("35"),
            column("opinions_collected", "收集意见建议数", INTEGER).orElse("0").example("12")
                    .means("向群众收集的意见建议条数"),
            column("opinions_handled", "办结办复数", INTEGER).orElse("0").example("10")
                    .means("已办结或答复的意见建议条数"),
            column("questions_answered", "解疑释惑数", INTEGER).orElse("0").example("5").addedInV3()
                    .means("为群众解疑释惑的件数"),
            column("opinions_resolved", "解决问题数", INTEGER).orElse("0").example("6").addedInV3()
                    .means("推动解决了问题的意见件数（不只是答复），不多于办结办复数"),
            column("officials_attending", "国家机关负责人人次", INTEGER).orElse("0").example("0").addedInV3()
                    .means("参加的国家机关或部门负责人人次；负责人进站至少为1"),
            column("organizer", "主办", ENUM).addedInV3().choices(
                    of("higher_congress", "上级人大"),
                    of("district", "区县人大常委会"),
                    of("township", "乡镇街道人大"))
                    .means("履职培训的主办方：上级人大指省、市人大；乡镇街道人大含街道人大工委；未填主办的履职培训不计入分主办方的培训指标"))
            .rules(notMoreThan("opinions_handled", "opinions_collected", "HANDLED_EXCEEDS_COLLECTED"),
                    notMoreThan("opinions_resolved", "opinions_handled", "RESOLVED_EXCEEDS_HANDLED"),
                    given("officials_attending", "OFFICIALS_REQUIRED")
                            .onRowsWhere("activity_type", "officials_at_station"))
            .references("station_id", "stations", "UNKNOWN_STATION")),

    LIVELIHOOD_PROJECTS(declare("livelihood_projects", "民生实事",
            column("project_id", "项目编号", TEXT).required().example("MS2024-01").means("本年度内唯一的项目编号"),
            column("name", "项目名称", TEXT).required().example("老旧小区加装电梯"),
            column("vote_date", "票决日期", DATE).required().inYear().example("2024年1月12日"),
            column("vote_level", "票决层级", ENUM).orElse("区县人代会").choices(
                    of("district_congress", "区县人代会"),
                    of("township", "乡镇街道")),
            column("status", "推进状态", ENUM).required().choices(
                    of("completed", "已完成"),
                    of("on_schedule", "按进度推进"),
                    of("delayed", "滞后")),
            column("completed_date", "完成日期", DATE).example("2024年11月30日")
                    .means("可晚于本年度"),
            column("evaluation", "测评结果", ENUM).means("留空表示尚未测评").choices(Shared.SATISFACTION),
            column("supervision_group", "监督小组", TEXT).example("第一代表小组").means("跟踪监督项目的代表小组"),
            column("township", "票决乡镇（街道）", TEXT).example("").addedInV3()
                    .means("乡镇街道票决的项目填其乡镇（街道）全称；区县人代会票决的项目不看此列"))
            .rules(requiredWhen("completed_date", "status", "completed", "COMPLETED_DATE_REQUIRED",
                            "COMPLETED_DATE_NOT_ALLOWED"),
                    notBefore("completed_date", "vote_date", "COMPLETED_BEFORE_VOTE"))),

    PETITIONS(declare("petitions", "信访",
            column("petition_id", "信访编号", TEXT).required().example("XF2024-0001").means("本年度内唯一的信访编号；不填写信访人姓名"),
            column("received_date", "受理日期", DATE).required().inYear().orEarlierWhen("backlog")
                    .example("2024年2月6日"),
            column("form", "信访形式", ENUM).required().choices(
                    of("letter", "来信"),
                    of("visit", "来访"),
                    of("online", "网上信访"),
                    of("leader_reception", "领导接访")).means("领导接访：常委会领导的一次接访活动"),
            column("persons", "人次", INTEGER).orElse("1").example("1").means("信访件涉及的人次，或领导接访接待的人次"),
            column("backlog", "信访积案", BOOLEAN).orElse("否").example("否").means("领导包案化解的信访积案"),
            column("handling", "处理方式", ENUM).example("转交办").choices(
                    of("referred", "转交办"),
                    of("handled", "直接办理"),
                    of("filed", "存查")),
            column("status", "办理状态", ENUM).example("已化解").choices(
                    of("resolved", "已化解"),
                    of("in_progress", "正在办理")))
            .rules(onlyWith("status", "handling", "STATUS_WITHOUT_HANDLING"))),

    LEGISLATION(declare("legislation", "立法联系",
            column("task_id", "任务编号", TEXT).required().example("LF2024-01").means("本年度内唯一的任务编号"),
            column("task_type", "任务类型", ENUM).required().choices(
                    of("draft_consultation", "立法意见征集"),
                    of("legislative_research", "立法调研"),
                    of("joint_inspection", "配合执法检查"),
                    of("joint_research", "配合专题调研"),
                    addedInV3("liaison_training", "业务培训"),
                    addedInV3("law_publicity", "法律宣传"),
                    addedInV3("dispute_mediation", "矛盾纠纷调处"))
                    .means("业务培训、法律宣传、矛盾纠纷调处：基层立法联系点的工作，每场（件）一行"),
            column("law_title", "法律法规名称", TEXT).example("《网格化服务管理条例（草案）》"),
            column("requested_by", "委托机关", ENUM).example("省人大").choices(
                    of("npc", "全国人大"),
                    of("provincial", "省人大"),
                    of("municipal", "市人大")),
            column("start_date", "开始日期", DATE).required().inYear().example("2024年4月8日"),
            column("opinions_submitted", "报送意见建议数", INTEGER).orElse("0").example("15"))
            .rules(given("law_title", "LAW_TITLE_REQUIRED").onRowsWhere("task_type", Shared.V2_TASKS),
                    given("requested_by", "REQUESTER_REQUIRED").onRowsWhere("task_type", Shared.V2_TASKS))),

    FILINGS(declare("filings", "备案审查",
            column("filing_id", "文件编号", TEXT).required().example("BA2024-001").means("本年度内唯一的编号"),
            column("title", "文件名称", TEXT).required().example("区人民政府关于加强城市管理的若干规定"),
            column("issuer", "制定机关", ENUM).required().choices(
                    of("government", "人民政府"),
                    of("supervision", "监察委员会"),
                    of("court", "人民法院"),
                    of("procuratorate", "人民检察院"),
                    of("township_congress", "乡镇人大"),
                    of("other", "其他")),
            column("filed_date", "报备日期", DATE).required().inYear().example("2024年3月20日"),
            column("reviewed", "已审查", BOOLEAN).orElse("是").example("是"),
            column("problem_found", "发现问题", BOOLEAN).orElse("否").example("否"),
            column("corrected", "已纠正", BOOLEAN).orElse("否").example("否"))
            .rules(onlyWith("corrected", "problem_found", "CORRECTED_WITHOUT_PROBLEM"))),

    REVIEWS(declare("reviews", "履职评议",
            column("review_id", "评议编号", TEXT).required().example("PY2024-01").means("本年度内唯一的评议编号"),
            column("review_date", "评议日期", DATE).required().inYear().example("2024年9月26日"),
            column("form", "评议方式", ENUM).required().choices(
                    of("post_appointment", "任后履职评价"),
                    of("report_review", "述职评议"),
                    of("law_report_review", "述职述法评议"),
                    of("judge_prosecutor_review", "员额法官检察官评议")),
            column("organ", "机关", ENUM).required().example("人民政府").choices(Shared.ORGANS),
            column("position", "职务", TEXT).required().example("区住房和城乡建设局局长"),
            column("person_name", "姓名", TEXT).example("李某某").means("仅存档，不在任何输出中出现"),
            column("result", "评议结果", ENUM).means("留空表示尚无结果").choices(Shared.SATISFACTION))),

    SERVICE_TASKS(declare("service_tasks", "中心工作",
            column("task_id", "任务编号", TEXT).required().example("ZX2024-01").means("本年度内唯一的任务编号"),
            column("task_type", "任务类型", ENUM).required().choices(
                    of("project_liaison", "包保项目企业"),
                    of("river_chief", "河湖长制"),
                    of("led_matter", "领办实事"),
                    of("supervision_team", "督导组"),
                    of("investment_trip", "招商考察"),
                    of("supervision_visit", "督导"),
                    of("other", "其他"))
                    .means("包保项目企业、河湖长制、领办实事、督导组、其他：每项任务一行，持续几年每年都报；招商考察、督导：每次一行"),
            column("subject", "事项", TEXT).required().example("汤逊湖").means("如汤逊湖、棚改盘活"),
            column("start_date", "开始日期", DATE).required().example("2024年3月1日")
                    .means("持续的任务填最初的日期"),
            column("end_date", "结束日期", DATE).example("2024年3月4日")
                    .means("此前已结束的任务不报；招商考察的天数按开始至结束日期计算，未填为1天"),
            column("issues_resolved", "协调解决问题数", INTEGER).orElse("0").example("2")
                    .means("本年度通过该项任务协调解决的问题个数"))
            .rules(within("start_date", YearBound.IN_YEAR).onRowsWhere("task_type", Shared.EVENTS),
                    within("start_date", YearBound.NOT_AFTER_YEAR).onRowsWhere("task_type", Shared.ASSIGNMENTS),
                    within("end_date", YearBound.NOT_BEFORE_YEAR),
                    notBefore("end_date", "start_date", "END_BEFORE_START"))
            .addedInV3());

    /** Choice lists several datasets declare alike (reviews.organ "as appointments.organ"). */
    private static final class Shared {
        static final Choice[] ORGANS = {
            of("congress", "人大常委会"),
            of("government", "人民政府"),
            of("supervision", "监察委员会"),
            of("court", "人民法院"),
            of("procuratorate", "人民检察院"),
            of("other", "其他")};
        /** legislation's four v2 task types, on whose rows a law title and a requester are required. */
        static final String[] V2_TASKS = {"draft_consultation", "legislative_research", "joint_inspection",
            "joint_research"};
        /** service_tasks held as assignments (reported every year they last) and as events. */
        static final String[] ASSIGNMENTS = {"project_liaison", "river_chief", "led_matter", "supervision_team",
            "other"};
        static final String[] EVENTS = {"investment_trip", "supervision_visit"};
        static final Choice[] SATISFACTION = {
            of("satisfied", "满意"),
            of("basically_satisfied", "基本满意"),
            of("dissatisfied", "不满意")};
    }

    private final DatasetDeclaration declaration;

    Dataset(DatasetDeclaration declaration) {
        this.declaration = declaration.checked();
    }

    static {
        checkReferences(java.util.Arrays.stream(values()).map(Dataset::declaration).toList());
    }

    /**
     * Every reference names a dataset declared before its own, so that files read in declaration
     * order meet the referenced submission first; throws IllegalStateException otherwise.
     */
    static void checkReferences(List<DatasetDeclaration> declarations) {
        for (int i = 0; i < declarations.size(); i++) {
            DatasetDeclaration d = declarations.get(i);
            for (Reference r : d.references()) {
                if (declarations.subList(0, i).stream().noneMatch(t -> t.fileName().equals(r.target()))) {
                    throw new IllegalStateException("Dataset " + d.fileName() + ": reference " + r.code()
                            + " names no dataset declared before it: " + r.target());
                }
            }
        }
    }

    public DatasetDeclaration declaration() {
        return declaration;
    }

    /** The dataset's name in file names and metric ids; also its table name. */
    public String fileName() {
        return declaration.fileName();
    }

    public String alias() {
        return declaration.alias();
    }

    public String table() {
        return declaration.fileName();
    }

    public List<Column> columns() {
        return declaration.columns();
    }

    public Column idColumn() {
        return columns().get(0);
    }

    public List<CrossFieldRule> rules() {
        return declaration.rules();
    }

    public List<Reference> references() {
        return declaration.references();
    }

    public int indexOf(String columnName) {
        List<Column> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(columnName + " is not a column of " + fileName());
    }

    public Column columnNamed(String columnName) {
        return columns().get(indexOf(columnName));
    }

    /** The dataset a file name part names, in English (any case) or by its Chinese alias. */
    public static Optional<Dataset> named(String part) {
        for (Dataset d : values()) {
            if (d.fileName().equals(part.toLowerCase(Locale.ROOT)) || d.alias().equals(part)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
