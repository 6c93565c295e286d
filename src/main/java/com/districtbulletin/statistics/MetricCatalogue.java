package com.districtbulletin.statistics;

import static com.districtbulletin.statistics.Condition.given;
import static com.districtbulletin.statistics.Condition.inTheYear;
import static com.districtbulletin.statistics.Condition.is;
import static com.districtbulletin.statistics.Condition.isNot;
import static com.districtbulletin.statistics.Condition.yes;
import static com.districtbulletin.statistics.Measure.DEPUTIES;
import static com.districtbulletin.statistics.Measure.DEPUTIES_ALL_LEVELS;
import static com.districtbulletin.statistics.Measure.registry;
import static com.districtbulletin.statistics.Measure.rows;
import static com.districtbulletin.statistics.Measure.sum;
import static com.districtbulletin.statistics.MetricKind.COUNT;
import static com.districtbulletin.statistics.MetricKind.PER_100_DEPUTIES;
import static com.districtbulletin.statistics.MetricKind.RATE;

import com.districtbulletin.dataset.Dataset;
import java.util.HashSet;
import java.util.List;
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

    public static final List<Metric> METRICS = checked(List.of(
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
            count("deputy_activities.member_contacts", "常委会组成人员联系代表（人次）",
                    sum("deputies_participating", is("activity_type", "member_contact")))
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
            count("legislation.joint_tasks", "配合上级人大调研检查（次）", rows(isNot("task_type", "draft_consultation")))
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
                    rows(given("result")))));

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
        return METRICS.stream().filter(m -> m.dataset() == dataset).toList();
    }

    public static Metric byId(String id) {
        return METRICS.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No metric " + id));
    }

    private static Metric count(String id, String name, Measure measure) {
        return Metric.declare(id, name, COUNT, measure, null);
    }

    private static Metric rate(String id, String name, Measure numerator, Measure denominator) {
        return Metric.declare(id, name, RATE, numerator, denominator);
    }

    /** The catalogue, after checking that ids are unique and each dataset's metrics stand together. */
    static List<Metric> checked(List<Metric> metrics) {
        Set<String> ids = new HashSet<>();
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
        return metrics;
    }
}
