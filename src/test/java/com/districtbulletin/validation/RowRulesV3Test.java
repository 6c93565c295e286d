package com.districtbulletin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import org.junit.jupiter.api.Test;

/**
 * Contract v3's row codes (v3 sections 5 and 10.4–10.6, 10.19, 10.22) and service_tasks' dates,
 * with rows that break them and rows that keep them, in real files read by the real job.
 */
class RowRulesV3Test extends IngestTestBase {

    @Test
    void opinionsWithoutDeputiesOnStandingCommitteeRowsOnly() throws Exception {
        write("420115_2024_meetings.csv", lines(
                "meeting_id,meeting_type,meeting_date,deputies_attending,attending_opinions",
                "M1,standing_committee,2024-03-01,0,12",     // no deputies attending
                "M2,standing_committee,2024-03-02,,3",       // empty reads 0
                "M3,chairpersons,2024-03-03,0,5",            // a 主任会议: never
                "M4,会议,2024-03-04,0,5",                     // invalid type: BAD_ENUM only
                "M5,standing_committee,2024-03-05,4,6",
                "M6,standing_committee,2024-03-06,0,0",
                "M7,standing_committee,2024-03-07,x,5"));    // deputies not valid: BAD_INTEGER only
        // a file without deputies_attending: absent reads 0
        write("420102_2024_会议.csv", lines("会议编号,会议类型,会议日期,列席代表意见建议数",
                "N1,常委会会议,2024-03-01,2", "N2,主任会议,2024-03-01,2"));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly(
                "2|attending_opinions|12|OPINIONS_WITHOUT_DEPUTIES",
                "3|attending_opinions|3|OPINIONS_WITHOUT_DEPUTIES",
                "5|meeting_type|会议|BAD_ENUM",
                "8|deputies_attending|x|BAD_INTEGER");
        assertThat(report(2024, "420115_2024_meetings.csv").get(0).message())
                .isEqualTo("「列席代表意见建议数」(attending_opinions)为12，但「列席代表人数」(deputies_attending)为0或未填："
                        + "请填写列席代表人数，或将意见建议数改为0。本行未导入。");
        assertThat(problems(2024, "420102_2024_会议.csv")).containsExactly(
                "2|attending_opinions|2|OPINIONS_WITHOUT_DEPUTIES");
    }

    @Test
    void resolvedExceedsHandledAndOfficialsRequired() throws Exception {
        write("420115_2024_deputy_activities.csv", lines(
                "activity_id,activity_type,activity_date,opinions_collected,opinions_handled,opinions_resolved,"
                        + "officials_attending",
                "D1,constituent_contact,2024-03-01,40,25,30,",
                "D2,constituent_contact,2024-03-02,40,25,25,",
                "D3,负责人进站,2024-03-03,0,0,0,0",
                "D4,officials_at_station,2024-03-04,0,0,0,",
                "D5,officials_at_station,2024-03-05,0,0,0,3",
                "D6,constituent_contact,2024-03-06,5,x,3,",      // handled not valid: BAD_INTEGER only
                "D7,领导进站,2024-03-07,0,0,0,0"));              // did you mean 负责人进站: BAD_ENUM only
        // without the officials_attending column a 负责人进站 row must still say how many took part
        write("420102_2024_deputy_activities.csv", lines("activity_id,activity_type,activity_date",
                "E1,负责人进站,2024-03-01", "E2,座谈会,2024-03-02"));

        run(2024);

        assertThat(problems(2024, "420115_2024_deputy_activities.csv")).containsExactly(
                "2|opinions_resolved|30|RESOLVED_EXCEEDS_HANDLED",
                "4|officials_attending|0|OFFICIALS_REQUIRED",
                "5|officials_attending||OFFICIALS_REQUIRED",
                "7|opinions_handled|x|BAD_INTEGER",
                "8|activity_type|领导进站|BAD_ENUM");
        var rows = report(2024, "420115_2024_deputy_activities.csv");
        assertThat(rows.get(0).message()).isEqualTo("「解决问题数」(opinions_resolved)（30）大于「办结办复数」"
                + "(opinions_handled)（25）：已解决的意见也应计入办结办复数。请更正，本行未导入。");
        assertThat(rows.get(1).message()).isEqualTo("活动类型为负责人进站，请在「国家机关负责人人次」(officials_attending)"
                + "填写参加的国家机关负责人人次（至少为1）。本行未导入。");
        assertThat(rows.get(4).message()).contains("是否应为“负责人进站”");
        assertThat(problems(2024, "420102_2024_deputy_activities.csv")).containsExactly(
                "2|officials_attending||OFFICIALS_REQUIRED");
    }

    @Test
    void lawTitleAndRequesterRequiredOnTheFourV2TypesOnly() throws Exception {
        write("420115_2024_legislation.csv", lines("task_id,task_type,law_title,requested_by,start_date",
                "L1,draft_consultation,,provincial,2024-03-01",
                "L2,legislative_research,《某条例》,,2024-03-02",
                "L3,joint_inspection,,,2024-03-03",
                "L4,liaison_training,,,2024-03-04",
                "L5,law_publicity,,,2024-03-05",
                "L6,dispute_mediation,,,2024-03-06",
                "L7,培训,,,2024-03-07",                              // invalid type: BAD_ENUM only
                "L8,joint_research,《某法》,市人大,2024-03-08"));
        // a file lacking both columns: its rows of v2 types are rejected, not the file
        write("420102_2024_legislation.csv", lines("task_id,task_type,start_date",
                "N1,draft_consultation,2024-03-01", "N2,矛盾纠纷调处,2024-03-02"));

        run(2024);

        assertThat(problems(2024, "420115_2024_legislation.csv")).containsExactly(
                "2|law_title||LAW_TITLE_REQUIRED",
                "3|requested_by||REQUESTER_REQUIRED",
                "4|law_title||LAW_TITLE_REQUIRED",
                "4|requested_by||REQUESTER_REQUIRED",
                "8|task_type|培训|BAD_ENUM");
        var rows = report(2024, "420115_2024_legislation.csv");
        assertThat(rows.get(0).message()).isEqualTo("任务类型为立法意见征集，须填写「法律法规名称」(law_title)。请补填后重新报送，本行未导入。");
        assertThat(rows.get(1).message()).isEqualTo(
                "任务类型为立法调研，须填写「委托机关」(requested_by)（全国人大、省人大或市人大）。请补填后重新报送，本行未导入。");
        assertThat(problems(2024, "420102_2024_legislation.csv")).containsExactly(
                "2|law_title||LAW_TITLE_REQUIRED", "2|requested_by||REQUESTER_REQUIRED");
        assertThat(count("SELECT COUNT(*) FROM legislation")).isEqualTo(4 + 1);
    }

    @Test
    void serviceTaskDates() throws Exception {
        write("420115_2024_service_tasks.csv", lines("task_id,task_type,subject,start_date,end_date,issues_resolved",
                "T1,project_liaison,项目,2020-01-01,,1",          // an assignment begun earlier
                "T2,project_liaison,项目,2025-01-01,,",           // begun after the year
                "T3,investment_trip,招商,2023-12-30,2024-01-02,", // an event begun before the year
                "T4,supervision_visit,督导,2025-01-02,,",         // an event after the year
                "T5,investment_trip,招商,2024-12-30,2025-01-03,", // ends after the year: fine
                "T6,river_chief,河,2022-01-01,2023-06-30,",       // ended before the year
                "T7,led_matter,实事,2024-05-01,2023-03-01,",      // both: before the year and before its start
                "T8,包保,项目,2025-01-01,2023-03-01,",            // invalid type: no rule on the type, both end rules
                "T9,other,其他,2024-05-01,2024-04-01,"));         // ends before it starts

        run(2024);

        assertThat(problems(2024, "420115_2024_service_tasks.csv")).containsExactly(
                "3|start_date|2025-01-01|AFTER_YEAR",
                "4|start_date|2023-12-30|OUT_OF_YEAR",
                "5|start_date|2025-01-02|OUT_OF_YEAR",
                "7|end_date|2023-06-30|OUT_OF_YEAR",
                "8|end_date|2023-03-01|OUT_OF_YEAR",
                "8|end_date|2023-03-01|END_BEFORE_START",
                "9|task_type|包保|BAD_ENUM",
                "9|end_date|2023-03-01|OUT_OF_YEAR",
                "9|end_date|2023-03-01|END_BEFORE_START",
                "10|end_date|2024-04-01|END_BEFORE_START");
        assertThat(jdbc.queryForList("SELECT task_id FROM service_tasks ORDER BY line_no", String.class))
                .containsExactly("T1", "T5");
    }

    @Test
    void didYouMeanNamesTheNewChoices() throws Exception {
        write("420115_2024_stations.csv", lines("station_id,name,station_type",
                "S1,一,社区观察点", "S2,二,基层立法联络室", "S3,三,观察点"));
        write("420115_2024_deputy_activities.csv", lines("activity_id,activity_type,activity_date",
                "D1,列席代表座谈会,2024-03-01", "D2,国家机关负责人进站,2024-03-02", "D3,进站接待,2024-03-03"));

        run(2024);

        var stations = report(2024, "420115_2024_stations.csv");
        assertThat(stations).hasSize(2);
        assertThat(stations.get(0).message()).contains("是否应为“观察点”");
        assertThat(stations.get(1).message()).contains("是否应为“基层立法联系点”");
        var activities = report(2024, "420115_2024_deputy_activities.csv");
        assertThat(activities).hasSize(2);
        assertThat(activities.get(0).message()).contains("是否应为“座谈会”");
        assertThat(activities.get(1).message()).contains("是否应为“负责人进站”");
    }
}
