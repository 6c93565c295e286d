package com.districtbulletin.statistics;

import static com.districtbulletin.statistics.Condition.either;
import static com.districtbulletin.statistics.Condition.given;
import static com.districtbulletin.statistics.Condition.inTheYear;
import static com.districtbulletin.statistics.Condition.is;
import static com.districtbulletin.statistics.Condition.isNot;
import static com.districtbulletin.statistics.Condition.yes;
import static com.districtbulletin.statistics.Measure.DEPUTIES;
import static com.districtbulletin.statistics.Measure.DEPUTIES_ALL_LEVELS;
import static com.districtbulletin.statistics.Measure.TOWNSHIPS;
import static com.districtbulletin.statistics.Measure.days;
import static com.districtbulletin.statistics.Measure.distinct;
import static com.districtbulletin.statistics.Measure.registry;
import static com.districtbulletin.statistics.Measure.rows;
import static com.districtbulletin.statistics.Measure.sum;
import static com.districtbulletin.statistics.MetricKind.COUNT;
import static com.districtbulletin.statistics.MetricKind.PER_100_DEPUTIES;
import static com.districtbulletin.statistics.MetricKind.RATE;

import com.districtbulletin.dataset.Dataset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metric catalogue of the data contract (section 8), declared once as data, in the
 * contract's order: each metric's dataset, filter, measure and denominator (the SQL is
 * generated from them), whether it is ranked, and how the bulletin's prose states it. It drives
 * the statistics, statistics.csv, the bulletin's tables and charts, and its methodology notes.
 * Every column and choice code a metric names is checked against its dataset's declaration
 * when this class loads.
 */
public final class MetricCatalogue {

    private static final Condition STANDING_COMMITTEE = is("meeting_type", "standing_committee");
    private static final Condition APPOINTED = is("action", "appoint", "decide_appoint", "approve_appoint");
    private static final Condition OWN_LEVEL = is("level", "own");
    private static final Condition SATISFIED = is("satisfaction", "satisfied", "basically_satisfied");
    /** A petition case: every form but a leader's reception session. */
    private static final Condition CASE = isNot("form", "leader_reception");
    private static final Condition RECEIVED_IN_THE_YEAR = inTheYear("received_date");
    private static final Condition CHAIRPERSONS = is("meeting_type", "chairpersons");
    private static final Condition TRAINING = is("activity_type", "training");
    /** Liaison stations proper (家站室, v3 section 3.4). */
    private static final Condition LIAISON_STATIONS_PROPER = is("station_type", "deputies_home", "liaison_station",
            "studio", "liaison_room");
    private static final Condition MOTION_OR_KEY_SUPERVISED = either(is("kind", "motion"), yes("key_supervised"));

    /** Contract v2's 81 metrics, in its order (section 8). */
    private static final List<Metric> V2 = List.of(
            count("meetings.standing_committee_sessions", "常委会会议（次）", rows(STANDING_COMMITTEE))
                    .says("召开", "常委会会议", "次"),
            count("meetings.chairpersons_meetings", "主任会议（次）", rows(is("meeting_type", "chairpersons")))
                    .says("召开", "主任会议", "次"),
            count("meetings.reports_heard", "听取审议专项工作报告（项）", sum("reports_heard", STANDING_COMMITTEE))
                    .says("听取和审议", "专项工作报告", "项"),
            count("meetings.resolutions", "作出决议决定（项）", sum("resolutions", STANDING_COMMITTEE))
                    .says("作出", "决议决定", "项"),
            count("meetings.opinions_issued", "审议意见（件）", sum("opinions_issued", STANDING_COMMITTEE))
                    .says("发出", "审议意见", "件"),
            count("meetings.deputies_attending", "列席代表（人次）", sum("deputies_attending", STANDING_COMMITTEE))
                    .says("邀请", "代表列席会议", "人次"),

            count("inspections.law_enforcement", "执法检查（次）",
                    rows(is("activity_type", "law_enforcement_inspection")))
                    .says("开展", "执法检查", "次"),
            count("inspections.visits_and_research", "视察调研（次）",
                    rows(is("activity_type", "inspection_visit", "thematic_research")))
                    .says("组织", "视察调研", "次"),
            count("inspections.visits", "视察（次）", rows(is("activity_type", "inspection_visit")))
                    .says("组织", "视察", "次"),
            count("inspections.research", "专题调研（次）", rows(is("activity_type", "thematic_research")))
                    .says("开展", "专题调研", "次"),
            count("inspections.special_inquiries", "专题询问（次）", rows(is("activity_type", "special_inquiry")))
                    .says("开展", "专题询问", "次"),
            count("inspections.satisfaction_evaluations", "满意度测评（次）",
                    rows(is("activity_type", "satisfaction_evaluation")))
                    .says("开展", "满意度测评", "次"),
            count("inspections.deputies_participating", "参与监督活动代表（人次）", sum("deputies_participating"))
                    .says("邀请", "代表参与监督活动", "人次"),
            count("inspections.issues_raised", "提出意见建议和问题（项）", sum("issues_raised"))
                    .says("提出", "意见建议和问题", "项"),
            count("inspections.issues_rectified", "推动整改问题（项）", sum("issues_rectified"))
                    .says("推动整改", "问题", "项"),
            rate("inspections.rectification_rate", "整改率（%）", sum("issues_rectified"), sum("issues_raised")),

            count("appointments.total", "任免国家机关工作人员（人次）", rows(isNot("action", "accept_resignation")))
                    .says("依法任免", "国家机关工作人员", "人次"),
            count("appointments.appointed", "任命（人次）", rows(APPOINTED))
                    .says("任命", "", "人次"),
            count("appointments.removed", "免职撤职（人次）", rows(is("action", "remove", "dismiss")))
                    .says("免职、撤职", "", "人次").notRanked(),
            count("appointments.resignations", "接受辞职（人次）", rows(is("action", "accept_resignation")))
                    .says("接受", "辞职", "人次").notRanked(),
            count("appointments.law_exam_taken", "任前法律考试（人次）", rows(APPOINTED, yes("law_exam")))
                    .says("组织", "任前法律考试", "人次"),
            count("appointments.oath_taken", "宪法宣誓（人次）", rows(APPOINTED, yes("oath")))
                    .says("组织", "宪法宣誓", "人次"),
            rate("appointments.oath_rate", "宪法宣誓率（%）", rows(APPOINTED, yes("oath")), rows(APPOINTED)),

            count("suggestions.total", "代表建议和议案（件）", rows(OWN_LEVEL))
                    .says("督促办理", "代表建议和议案", "件"),
            count("suggestions.motions", "议案（件）", rows(OWN_LEVEL, is("kind", "motion")))
                    .says("办理", "议案", "件"),
            count("suggestions.closed", "已办结（件）", rows(OWN_LEVEL, is("status", "closed")))
                    .says("办结", "代表建议和议案", "件"),
            count("suggestions.in_progress", "正在办理（件）", rows(OWN_LEVEL, is("status", "in_progress")))
                    .says("正在办理", "", "件").notRanked(),
            rate("suggestions.closure_rate", "办结率（%）", rows(OWN_LEVEL, is("status", "closed")), rows(OWN_LEVEL)),
            count("suggestions.class_a", "A类（件）", rows(OWN_LEVEL, is("outcome", "A")))
                    .says("已解决或基本解决的", "（A类）", "件"),
            count("suggestions.class_b", "B类（件）", rows(OWN_LEVEL, is("outcome", "B")))
                    .says("正在解决或已列入计划解决的", "（B类）", "件").notRanked(),
            count("suggestions.class_c", "C类（件）", rows(OWN_LEVEL, is("outcome", "C")))
                    .says("因受条件限制暂不能解决的", "（C类）", "件").notRanked(),
            rate("suggestions.resolved_rate", "解决率（A类占比，%）", rows(OWN_LEVEL, is("outcome", "A")),
                    rows(OWN_LEVEL)),
            rate("suggestions.class_b_rate", "B类占比（%）", rows(OWN_LEVEL, is("outcome", "B")), rows(OWN_LEVEL))
                    .notRanked(),
            rate("suggestions.class_c_rate", "C类占比（%）", rows(OWN_LEVEL, is("outcome", "C")), rows(OWN_LEVEL))
                    .notRanked(),
            rate("suggestions.satisfaction_rate", "满意率（%）", rows(OWN_LEVEL, SATISFIED),
                    rows(OWN_LEVEL, given("satisfaction"))),
            count("suggestions.key_supervised", "重点督办（件）", rows(OWN_LEVEL, yes("key_supervised")))
                    .says("重点督办", "代表建议", "件"),
            Metric.declare("suggestions.per_100_deputies", "每百名代表提出建议（件）", PER_100_DEPUTIES,
                    rows(OWN_LEVEL), registry(DEPUTIES)),
            count("suggestions.higher_level", "督办上级人大代表建议（件）", rows(is("level", "higher")))
                    .says("督办", "上级人大代表建议", "件").notRanked(),

            count("deputy_activities.total", "代表活动（次）", rows())
                    .says("组织", "代表活动", "次"),
            count("deputy_activities.group_activities", "代表小组活动（次）", rows(is("activity_type", "group_activity")))
                    .says("开展", "代表小组活动", "次"),
            count("deputy_activities.group_participation", "代表小组活动参加代表（人次）",
                    sum("deputies_participating", is("activity_type", "group_activity")))
                    .says("组织", "代表参加小组活动", "人次"),
            count("deputy_activities.station_receptions", "进站接待（次）", rows(is("activity_type", "station_reception")))
                    .says("开展", "进站接待", "次"),
            count("deputy_activities.reception_deputies", "进站接待群众代表（人次）",
                    sum("deputies_participating", is("activity_type", "station_reception")))
                    .says("安排", "代表进站接待群众", "人次"),
            count("deputy_activities.deputies_participating", "代表参加活动（人次）", sum("deputies_participating"))
                    .says("组织", "代表参加活动", "人次"),
            // restated by v3 (6.1): 座谈会 rows count too; a v2 file has none
            count("deputy_activities.member_contacts", "常委会组成人员联系代表（人次）",
                    sum("deputies_participating", is("activity_type", "member_contact", "forum")))
                    .says("常委会组成人员联系", "代表", "人次"),
            count("deputy_activities.people_reached", "接待联系群众（人次）", sum("people_reached"))
                    .says("接待联系", "群众", "人次"),
            count("deputy_activities.report_backs", "代表回原选区述职（次）", rows(is("activity_type", "report_back")))
                    .says("组织", "代表回原选区述职", "次"),
            count("deputy_activities.deputies_trained", "培训代表（人次）",
                    sum("deputies_participating", is("activity_type", "training")))
                    .says("培训", "代表", "人次"),
            count("deputy_activities.opinions_collected", "收集意见建议（条）", sum("opinions_collected"))
                    .says("收集", "群众意见建议", "条"),
            count("deputy_activities.opinions_handled", "办结办复意见建议（条）", sum("opinions_handled"))
                    .says("办结办复", "意见建议", "条"),
            rate("deputy_activities.handling_rate", "意见建议办结率（%）", sum("opinions_handled"),
                    sum("opinions_collected")),

            count("stations.total", "代表联络站点（个）", rows())
                    .says("建有", "代表联络站点", "个"),
            count("stations.homes_and_stations", "代表之家、联络站（个）",
                    rows(is("station_type", "deputies_home", "liaison_station")))
                    .says("建有", "代表之家、联络站", "个"),
            count("stations.new", "新建站点（个）", rows(inTheYear("established_date")))
                    .says("新建", "站点", "个"),
            count("stations.upgraded", "提档升级站点（个）", rows(yes("upgraded")))
                    .says("提档升级", "站点", "个"),
            count("stations.model", "示范站点（个）", rows(given("model_level")))
                    .says("建成", "示范站点", "个"),
            count("stations.deputies_stationed", "进站代表（人）", sum("deputies_stationed"))
                    .says("组织", "代表进站", "人"),
            rate("stations.coverage_rate", "代表进站率（%）", sum("deputies_stationed"), registry(DEPUTIES_ALL_LEVELS)),

            count("livelihood_projects.voted", "票决民生实事项目（件）", rows())
                    .says("票决", "民生实事项目", "件"),
            count("livelihood_projects.completed", "已完成项目（件）", rows(is("status", "completed")))
                    .says("完成", "民生实事项目", "件"),
            rate("livelihood_projects.completion_rate", "项目完成率（%）", rows(is("status", "completed")), rows()),
            count("livelihood_projects.delayed", "推进滞后项目（件）", rows(is("status", "delayed")))
                    .says("督促推进", "滞后项目", "件").notRanked(),
            rate("livelihood_projects.satisfaction_rate", "项目测评满意率（%）",
                    rows(is("evaluation", "satisfied", "basically_satisfied")), rows(given("evaluation"))),

            count("petitions.cases", "受理来信来访（件）", rows(CASE, RECEIVED_IN_THE_YEAR))
                    .says("受理", "群众来信来访", "件").notRanked(),
            count("petitions.persons", "来信来访（人次）", sum("persons", CASE, RECEIVED_IN_THE_YEAR))
                    .says("接待", "来信来访群众", "人次").notRanked(),
            count("petitions.leader_receptions", "领导接访（次）", rows(is("form", "leader_reception")))
                    .says("开展", "领导接访", "次"),
            rate("petitions.referral_rate", "转交办率（%）",
                    rows(CASE, RECEIVED_IN_THE_YEAR, is("handling", "referred", "handled")),
                    rows(CASE, RECEIVED_IN_THE_YEAR, given("handling"))),
            count("petitions.resolved", "化解信访事项（件）", rows(CASE, is("status", "resolved")))
                    .says("化解", "信访事项", "件"),
            count("petitions.backlog_resolved", "化解信访积案（件）", rows(CASE, yes("backlog"), is("status", "resolved")))
                    .says("化解", "信访积案", "件"),

            count("legislation.drafts_consulted", "征求意见法律法规草案（件）",
                    rows(is("task_type", "draft_consultation")))
                    .says("就", "法律法规草案征求意见", "件"),
            count("legislation.opinions_submitted", "报送立法意见建议（条）", sum("opinions_submitted"))
                    .says("报送", "立法意见建议", "条"),
            // restated by v3 (6.1): the three kinds of contact-point work added by v3 are not counted
            count("legislation.joint_tasks", "配合上级人大调研检查（次）",
                    rows(is("task_type", "legislative_research", "joint_inspection", "joint_research")))
                    .says("配合上级人大开展", "调研检查", "次"),

            count("filings.filed", "报备规范性文件（件）", rows())
                    .says("接收报备", "规范性文件", "件").notRanked(),
            count("filings.reviewed", "审查规范性文件（件）", rows(yes("reviewed")))
                    .says("备案审查", "规范性文件", "件"),
            rate("filings.review_rate", "审查率（%）", rows(yes("reviewed")), rows()),
            count("filings.problems", "审查发现问题（件）", rows(yes("problem_found")))
                    .says("审查发现", "问题文件", "件").notRanked(),
            rate("filings.correction_rate", "纠正率（%）", rows(yes("corrected")), rows(yes("problem_found"))),

            count("reviews.persons", "履职评议（人次）", rows())
                    .says("开展履职评议", "", "人次"),
            count("reviews.government", "评议政府组成部门负责人（人次）", rows(is("organ", "government")))
                    .says("评议", "政府组成部门负责人", "人次"),
            count("reviews.judicial", "评议法官检察官（人次）", rows(is("organ", "court", "procuratorate")))
                    .says("评议", "法官检察官", "人次"),
            rate("reviews.satisfaction_rate", "评议满意率（%）", rows(is("result", "satisfied", "basically_satisfied")),
                    rows(given("result"))));

    /** Contract v3's metrics 82–129, in its order (v3 section 6.2), each dataset's after its v2 ones in tables. */
    private static final List<Metric> V3 = List.of(
            count("meetings.agenda_items", "常委会会议议题（项）", sum("agenda_items", STANDING_COMMITTEE))
                    .says("常委会会议审议", "议题", "项"),
            count("meetings.chairpersons_agenda_items", "主任会议议题（项）", sum("agenda_items", CHAIRPERSONS))
                    .says("主任会议研究", "议题", "项"),
            count("meetings.speeches", "组成人员审议发言（人次）", sum("speeches", STANDING_COMMITTEE))
                    .says("组成人员审议发言", "", "人次"),
            count("meetings.member_opinions", "审议提出意见建议（条）", sum("member_opinions", STANDING_COMMITTEE))
                    .says("审议中提出", "意见建议", "条"),
            count("meetings.attending_opinions", "吸纳列席代表意见建议（条）",
                    sum("attending_opinions", STANDING_COMMITTEE))
                    .says("吸纳", "列席代表意见建议", "条"),
            count("meetings.responses_received", "收到审议意见办理答复（份）",
                    sum("responses_received", STANDING_COMMITTEE))
                    .says("收到", "办理方案、办理情况答复", "份").notRanked(),

            count("inspections.inquiry_deputies", "参加专题询问代表（人次）",
                    sum("deputies_participating", is("activity_type", "special_inquiry")))
                    .says("邀请代表", "", "人次参加专题询问"),
            count("inspections.reports_written", "形成调研和检查报告（篇）", sum("reports_written"))
                    .says("形成", "调研和检查报告", "篇"),
            count("inspections.research_reports", "形成视察调研报告（篇）",
                    sum("reports_written", is("activity_type", "inspection_visit", "thematic_research")))
                    .says("形成", "视察调研报告", "篇"),
            count("inspections.letters_issued", "发出监督意见书（份）", sum("letters_issued"))
                    .says("发出", "监督意见书", "份"),
            count("inspections.laws_inspected", "执法检查法律法规（部）",
                    sum("laws_covered", is("activity_type", "law_enforcement_inspection")))
                    .says("检查", "", "部法律法规实施情况"),

            count("deputy_activities.forums", "代表座谈会（次）", rows(is("activity_type", "forum")))
                    .says("召开", "代表座谈会", "次"),
            count("deputy_activities.report_back_deputies", "回原选区述职代表（人次）",
                    sum("deputies_participating", is("activity_type", "report_back")))
                    .says("代表回原选区述职", "", "人次"),
            count("deputy_activities.constituent_contacts", "代表联系群众（人次）",
                    sum("people_reached", is("activity_type", "constituent_contact")))
                    .says("代表联系", "群众", "人次"),
            count("deputy_activities.opinions_pending", "正在办理意见建议（条）",
                    sum("opinions_collected").minus(sum("opinions_handled")))
                    .says("正在办理", "", "条").notRanked(),
            count("deputy_activities.opinions_resolved", "推动解决群众问题（件）", sum("opinions_resolved"))
                    .says("推动解决", "群众急难愁盼问题", "件"),
            count("deputy_activities.questions_answered", "为群众解疑释惑（件）", sum("questions_answered"))
                    .says("为群众", "解疑释惑", "件"),
            count("deputy_activities.officials_at_stations", "国家机关负责人进站（人次）",
                    sum("officials_attending", is("activity_type", "officials_at_station")))
                    .says("国家机关负责人进站听取意见", "", "人次"),
            count("deputy_activities.district_trainings", "区县人大常委会举办代表培训（期）",
                    rows(TRAINING, is("organizer", "district")))
                    .says("举办", "代表履职培训班", "期"),
            count("deputy_activities.township_trainings", "乡镇（街道）举办代表培训（场）",
                    rows(TRAINING, is("organizer", "township")))
                    .says("乡镇（街道）开展", "代表培训", "场"),
            count("deputy_activities.higher_trained", "参加上级人大培训代表（人次）",
                    sum("deputies_participating", TRAINING, is("organizer", "higher_congress")))
                    .says("依托上级人大培训", "代表", "人次"),

            count("stations.deputies_homes", "代表之家（个）", rows(is("station_type", "deputies_home")))
                    .says("", "代表之家", "个"),
            count("stations.liaison_stations", "代表联络站（个）", rows(is("station_type", "liaison_station")))
                    .says("", "代表联络站", "个"),
            count("stations.online_stations", "网上联络站（个）", rows(is("station_type", "online_station")))
                    .says("", "网上联络站", "个"),
            count("stations.legislative_points", "基层立法联系点（个）",
                    rows(is("station_type", "legislative_contact_point")))
                    .says("", "基层立法联系点（联络室）", "个"),
            count("stations.observation_points", "观察点（个）", rows(is("station_type", "observation_point")))
                    .says("", "社区观察点", "个"),
            count("stations.grassroots_units", "基层单元（个）", rows(yes("grassroots_unit")))
                    .says("建成", "基层单元", "个"),
            count("stations.township_level", "乡镇（街道）级站点（个）",
                    rows(LIAISON_STATIONS_PROPER, is("level", "township")))
                    .says("", "乡镇（街道）级代表之家、联络站", "个"),
            count("stations.village_level", "村（社区）级站点（个）",
                    rows(LIAISON_STATIONS_PROPER, is("level", "village")))
                    .says("", "村（社区）级代表联络站（室）", "个"),
            count("stations.sector_level", "行业站点（个）", rows(LIAISON_STATIONS_PROPER, is("level", "sector")))
                    .says("", "行业代表联络站", "个"),
            count("stations.model_liaison_stations", "示范代表联络站（个）",
                    rows(is("station_type", "liaison_station"), given("model_level")))
                    .says("", "示范代表联络站", "个"),
            count("stations.model_liaison_rooms", "示范代表联络室（个）",
                    rows(is("station_type", "liaison_room"), given("model_level")))
                    .says("", "示范代表联络室", "个"),
            rate("stations.township_coverage_rate", "站点覆盖乡镇（街道）率（%）",
                    distinct("township", DistinctValues.PLAIN, LIAISON_STATIONS_PROPER), registry(TOWNSHIPS))
                    .says("站点覆盖", "", "%的乡镇（街道）").atMostWhole(),

            count("livelihood_projects.supervision_groups", "项目监督小组（个）",
                    distinct("supervision_group", DistinctValues.PLAIN))
                    .says("成立", "项目监督小组", "个").notRanked(),
            count("livelihood_projects.voting_townships", "开展票决的乡镇（街道）（个）",
                    distinct("township", DistinctValues.PLAIN, is("vote_level", "township")))
                    .says("在", "", "个乡镇（街道）开展票决"),

            rate("suggestions.key_satisfaction_rate", "议案和重点督办建议满意率（%）",
                    rows(OWN_LEVEL, MOTION_OR_KEY_SUPERVISED, SATISFIED),
                    rows(OWN_LEVEL, MOTION_OR_KEY_SUPERVISED, given("satisfaction")))
                    .says("议案和重点督办建议满意率", "", "%"),

            count("legislation.laws_covered", "参与立法调研和意见征集法律法规（部）",
                    distinct("law_title", DistinctValues.LAW_TITLE,
                            is("task_type", "draft_consultation", "legislative_research")))
                    .says("参与", "", "部法律法规的立法调研和意见征集"),
            count("legislation.liaison_trainings", "联系点业务培训（场次）", rows(is("task_type", "liaison_training")))
                    .says("开展", "联络员业务培训", "场次"),
            count("legislation.publicity_events", "法律法规宣传（场次）", rows(is("task_type", "law_publicity")))
                    .says("开展", "法律法规宣传", "场次"),
            count("legislation.disputes_mediated", "参与矛盾纠纷调处（件次）", rows(is("task_type", "dispute_mediation")))
                    .says("参与", "矛盾纠纷调处", "件次"),

            // not ranked: each Party committee assigns its own central tasks (v3 section 9.1)
            count("service_tasks.projects", "包保重大项目、重点企业（个）", rows(is("task_type", "project_liaison")))
                    .says("牵头包保", "重大项目、重点企业", "个").notRanked(),
            count("service_tasks.rivers", "落实河湖长制责任（个）", rows(is("task_type", "river_chief")))
                    .says("落实", "", "个河湖的河湖长制责任").notRanked(),
            count("service_tasks.led_matters", "领办民生实事（件）", rows(is("task_type", "led_matter")))
                    .says("领办", "民生实事", "件").notRanked(),
            count("service_tasks.investment_trips", "带队招商考察（次）", rows(is("task_type", "investment_trip")))
                    .says("带队", "招商考察", "次").notRanked(),
            count("service_tasks.investment_days", "招商考察（天）",
                    days("start_date", "end_date", is("task_type", "investment_trip")))
                    .says("", "", "天").notRanked(),
            count("service_tasks.supervision_teams", "督导组（个）", rows(is("task_type", "supervision_team")))
                    .says("成立", "督导组", "个").notRanked(),
            count("service_tasks.supervision_visits", "督导工作（次）", rows(is("task_type", "supervision_visit")))
                    .says("督导工作", "", "次").notRanked(),
            count("service_tasks.issues_resolved", "协调解决问题（个）", sum("issues_resolved"))
                    .says("协调解决", "各类问题", "个").notRanked())
            .stream().map(Metric::addedInV3).toList();

    /**
     * The catalogue: v2's metrics in their order, then v3's 82–129 (v3 section 7: v2 rows keep their
     * places in statistics.csv); {@link #of(Dataset)} gives a dataset's, its v2 ones first.
     */
    public static final List<Metric> METRICS = checked(V2, V3);

    /**
     * The clauses of the year's headline sentence, in their fixed order: one clause per metric
     * (its {@link Metric#phrase()}), e.g. 召开常委会会议9次、主任会议15次，听取和审议专项工作报告30项…
     */
    public static final List<Metric> HEADLINE = List.of(
            byId("meetings.standing_committee_sessions"),
            byId("meetings.chairpersons_meetings"),
            byId("meetings.reports_heard"),
            byId("meetings.resolutions"),
            byId("inspections.visits_and_research"),
            byId("inspections.law_enforcement"),
            byId("inspections.special_inquiries"),
            byId("inspections.satisfaction_evaluations"),
            byId("appointments.total"),
            byId("suggestions.total"),
            byId("deputy_activities.total"),
            byId("livelihood_projects.voted"),
            byId("legislation.drafts_consulted"),
            byId("filings.reviewed"),
            byId("reviews.persons"),
            byId("petitions.cases"));

    private MetricCatalogue() {
    }

    public static List<Metric> of(Dataset dataset) {
        return Lookup.BY_DATASET.getOrDefault(dataset, List.of());
    }

    public static Metric byId(String id) {
        Metric metric = Lookup.BY_ID.get(id);
        if (metric == null) {
            throw new IllegalArgumentException("No metric " + id);
        }
        return metric;
    }

    /** The metric's place in {@link #METRICS}: statistics.csv and every table list the metrics in this order. */
    public static int position(Metric metric) {
        Integer position = Lookup.POSITION.get(metric);
        if (position == null) {
            throw new IllegalArgumentException("No metric " + metric.id());
        }
        return position;
    }

    /**
     * The catalogue indexed, built once: a province's 75,000 statistics are sorted and looked up by
     * metric, and a scan of the list (comparing whole records) per lookup cost seconds.
     */
    private static final class Lookup {

        static final Map<String, Metric> BY_ID = new HashMap<>();
        static final Map<Metric, Integer> POSITION = new IdentityHashMap<>();
        static final Map<Dataset, List<Metric>> BY_DATASET = new EnumMap<>(Dataset.class);

        static {
            for (int i = 0; i < METRICS.size(); i++) {
                Metric m = METRICS.get(i);
                BY_ID.put(m.id(), m);
                POSITION.put(m, i);
                BY_DATASET.computeIfAbsent(m.dataset(), d -> new ArrayList<>()).add(m);
            }
            BY_DATASET.replaceAll((d, metrics) -> List.copyOf(metrics));
        }
    }

    private static Metric count(String id, String name, Measure measure) {
        return Metric.declare(id, name, COUNT, measure, null);
    }

    private static Metric rate(String id, String name, Measure numerator, Measure denominator) {
        return Metric.declare(id, name, RATE, numerator, denominator);
    }

    /**
     * The catalogue, after checking that ids are unique and that within each part (a contract
     * version's metrics) each dataset's metrics stand together.
     */
    @SafeVarargs
    static List<Metric> checked(List<Metric>... parts) {
        Set<String> ids = new HashSet<>();
        List<Metric> all = new ArrayList<>();
        for (List<Metric> metrics : parts) {
            for (int i = 0; i < metrics.size(); i++) {
                Metric m = metrics.get(i);
                if (!ids.add(m.id())) {
                    throw new IllegalStateException("Metric " + m.id() + " is declared twice");
                }
                if (i > 0 && metrics.get(i - 1).dataset() != m.dataset()
                        && metrics.subList(0, i).stream().anyMatch(earlier -> earlier.dataset() == m.dataset())) {
                    throw new IllegalStateException("Metric " + m.id() + " stands apart from its dataset's metrics");
                }
            }
            all.addAll(metrics);
        }
        return List.copyOf(all);
    }
}
