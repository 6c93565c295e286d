package com.districtbulletin.statistics;

import static com.districtbulletin.dataset.Dataset.APPOINTMENTS;
import static com.districtbulletin.dataset.Dataset.INSPECTIONS;
import static com.districtbulletin.dataset.Dataset.MEETINGS;
import static com.districtbulletin.dataset.Dataset.SUGGESTIONS;
import static com.districtbulletin.statistics.Measure.countWhere;
import static com.districtbulletin.statistics.Measure.rows;
import static com.districtbulletin.statistics.Measure.sum;
import static com.districtbulletin.statistics.MetricKind.COUNT;
import static com.districtbulletin.statistics.MetricKind.PER_100_DEPUTIES;
import static com.districtbulletin.statistics.MetricKind.RATE;

import com.districtbulletin.dataset.Dataset;
import java.util.List;

/**
 * The metric catalogue of the data contract (section 8), declared once: it drives the SQL that
 * computes the metrics, statistics.csv, the bulletin's tables and charts, and its methodology
 * notes.
 */
public final class MetricCatalogue {

    private static final String APPOINTED = "t.action IN ('appoint', 'decide_appoint', 'approve_appoint')";
    private static final Measure SUGGESTIONS_ALL = rows("全部代表建议和议案件数");

    public static final List<Metric> METRICS = List.of(
            new Metric("meetings.standing_committee_sessions", MEETINGS, "常委会会议（次）", "常委会会议", "次", COUNT,
                    countWhere("t.meeting_type = 'standing_committee'", "会议类型为常委会会议的会议次数"), null, true),
            new Metric("meetings.chairpersons_meetings", MEETINGS, "主任会议（次）", "主任会议", "次", COUNT,
                    countWhere("t.meeting_type = 'chairpersons'", "会议类型为主任会议的会议次数"), null, true),
            new Metric("meetings.reports_heard", MEETINGS, "听取审议专项工作报告（项）", "听取审议专项工作报告", "项", COUNT,
                    sum("reports_heard", "各次会议听取审议报告数之和"), null, true),
            new Metric("meetings.resolutions", MEETINGS, "作出决议决定（项）", "作出决议决定", "项", COUNT,
                    sum("resolutions", "各次会议决议决定数之和"), null, true),
            new Metric("meetings.opinions_issued", MEETINGS, "审议意见（件）", "审议意见", "件", COUNT,
                    sum("opinions_issued", "各次会议审议意见数之和"), null, true),
            new Metric("meetings.deputies_attending", MEETINGS, "列席代表（人次）", "列席代表", "人次", COUNT,
                    sum("deputies_attending", "各次会议列席代表人数之和"), null, true),

            new Metric("inspections.law_enforcement", INSPECTIONS, "执法检查（次）", "执法检查", "次", COUNT,
                    countWhere("t.activity_type = 'law_enforcement_inspection'", "活动类型为执法检查的活动次数"), null, true),
            new Metric("inspections.visits_and_research", INSPECTIONS, "视察调研（次）", "视察调研", "次", COUNT,
                    countWhere("t.activity_type IN ('inspection_visit', 'thematic_research')",
                            "活动类型为视察或专题调研的活动次数"), null, true),
            new Metric("inspections.special_inquiries", INSPECTIONS, "专题询问（次）", "专题询问", "次", COUNT,
                    countWhere("t.activity_type = 'special_inquiry'", "活动类型为专题询问的活动次数"), null, true),
            new Metric("inspections.satisfaction_evaluations", INSPECTIONS, "满意度测评（次）", "满意度测评", "次", COUNT,
                    countWhere("t.activity_type = 'satisfaction_evaluation'", "活动类型为满意度测评的活动次数"), null, true),
            new Metric("inspections.issues_raised", INSPECTIONS, "提出意见建议和问题（项）", "提出意见建议和问题", "项", COUNT,
                    sum("issues_raised", "各项活动提出问题数之和"), null, true),
            new Metric("inspections.rectification_rate", INSPECTIONS, "整改率（%）", "整改率", "%", RATE,
                    sum("issues_rectified", "整改问题数之和"), sum("issues_raised", "提出问题数之和"), true),

            new Metric("appointments.total", APPOINTMENTS, "任免国家机关工作人员（人次）", "任免国家机关工作人员", "人次", COUNT,
                    countWhere("t.action <> 'accept_resignation'", "任免类型不是接受辞职的记录数"), null, true),
            new Metric("appointments.appointed", APPOINTMENTS, "任命（人次）", "任命", "人次", COUNT,
                    countWhere(APPOINTED, "任命、决定任命、批准任命的记录数"), null, true),
            new Metric("appointments.removed", APPOINTMENTS, "免职撤职（人次）", "免职撤职", "人次", COUNT,
                    countWhere("t.action IN ('remove', 'dismiss')", "免职、撤职的记录数"), null, true),
            new Metric("appointments.resignations", APPOINTMENTS, "接受辞职（人次）", "接受辞职", "人次", COUNT,
                    countWhere("t.action = 'accept_resignation'", "接受辞职的记录数"), null, true),
            new Metric("appointments.oath_rate", APPOINTMENTS, "宪法宣誓率（%）", "宪法宣誓率", "%", RATE,
                    countWhere(APPOINTED + " AND t.oath", "任命类记录中进行宪法宣誓的记录数"),
                    countWhere(APPOINTED, "任命类记录数（任命、决定任命、批准任命）"), true),

            new Metric("suggestions.total", SUGGESTIONS, "代表建议和议案（件）", "代表建议和议案", "件", COUNT,
                    SUGGESTIONS_ALL, null, true),
            new Metric("suggestions.motions", SUGGESTIONS, "议案（件）", "议案", "件", COUNT,
                    countWhere("t.kind = 'motion'", "类型为议案的件数"), null, true),
            new Metric("suggestions.closed", SUGGESTIONS, "已办结（件）", "已办结", "件", COUNT,
                    countWhere("t.status = 'closed'", "办理状态为已办结的件数"), null, true),
            new Metric("suggestions.closure_rate", SUGGESTIONS, "办结率（%）", "办结率", "%", RATE,
                    countWhere("t.status = 'closed'", "已办结件数"), SUGGESTIONS_ALL, true),
            new Metric("suggestions.resolved_rate", SUGGESTIONS, "解决率（A类占比，%）", "解决率", "%", RATE,
                    countWhere("t.outcome = 'A'", "办理结果为A类的件数"), SUGGESTIONS_ALL, true),
            new Metric("suggestions.class_b_rate", SUGGESTIONS, "B类占比（%）", "B类占比", "%", RATE,
                    countWhere("t.outcome = 'B'", "办理结果为B类的件数"), SUGGESTIONS_ALL, false),
            new Metric("suggestions.class_c_rate", SUGGESTIONS, "C类占比（%）", "C类占比", "%", RATE,
                    countWhere("t.outcome = 'C'", "办理结果为C类的件数"), SUGGESTIONS_ALL, false),
            new Metric("suggestions.satisfaction_rate", SUGGESTIONS, "满意率（%）", "满意率", "%", RATE,
                    countWhere("t.satisfaction IN ('satisfied', 'basically_satisfied')", "代表满意和基本满意的件数"),
                    countWhere("t.satisfaction IS NOT NULL", "代表反馈了满意度的件数"), true),
            new Metric("suggestions.key_supervised", SUGGESTIONS, "重点督办（件）", "重点督办", "件", COUNT,
                    countWhere("t.key_supervised", "重点督办的件数"), null, true),
            new Metric("suggestions.per_100_deputies", SUGGESTIONS, "每百名代表提出建议（件）", "每百名代表提出建议", "件",
                    PER_100_DEPUTIES, SUGGESTIONS_ALL, null, true));

    private MetricCatalogue() {
    }

    public static List<Metric> of(Dataset dataset) {
        return METRICS.stream().filter(m -> m.dataset() == dataset).toList();
    }

    public static Metric byId(String id) {
        return METRICS.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No metric " + id));
    }
}
