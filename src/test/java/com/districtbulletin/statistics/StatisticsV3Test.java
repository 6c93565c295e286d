package com.districtbulletin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.StatisticsFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * Contract v3's metrics 82–129 on a small municipality whose every figure was computed by hand
 * from the contract (v3 sections 6 and 10). Five districts in 2024: 甲区 sends every new column,
 * 乙区 too (its registry 乡镇（街道）数 is below its stations' townships), 丙区 lacks some of them
 * (speeches, letters_issued, officials_attending, organizer, grassroots_unit) and has no
 * townships count, 丁区 sends v2 files only (a v2 district-year: every v3-dependent figure
 * 未采集), 戊区 only stations. In 2023 甲区 sent v2 files. Runs on H2 and on PostgreSQL.
 */
@Tag("database")
class StatisticsV3Test extends BulletinTestBase {

    private static final String MEETINGS = "meeting_id,meeting_type,meeting_date,deputies_attending,agenda_items,"
            + "speeches,member_opinions,attending_opinions,responses_received";
    private static final String INSPECTIONS = "activity_id,activity_type,subject,start_date,deputies_participating,"
            + "reports_written,letters_issued,laws_covered";
    private static final String ACTIVITIES = "activity_id,activity_type,activity_date,deputies_participating,"
            + "people_reached,opinions_collected,opinions_handled,questions_answered,opinions_resolved,"
            + "officials_attending,organizer";
    private static final String STATIONS = "station_id,name,station_type,level,model_level,township,grassroots_unit";
    private static final String PROJECTS = "project_id,name,vote_date,vote_level,status,supervision_group,township";
    private static final String SUGGESTIONS = "suggestion_id,kind,submitted_date,field,handling_unit,key_supervised,"
            + "status,outcome,satisfaction,closed_date,level";
    private static final String LEGISLATION = "task_id,task_type,law_title,requested_by,start_date";
    private static final String TASKS = "task_id,task_type,subject,start_date,end_date,issues_resolved";

    private StatisticsFile stats;
    private StatisticsFile lastYear;

    /** One run of the job for both years (each takes a while): every check reads its statistics.csv. */
    @Test
    void everyNewMetricByHandOnH2AndPostgres() throws Exception {
        municipality();
        statisticsCsvListsV2MetricsThenTheNewOnesInTheContractsOrder();
        meetings82To87();
        inspections88To92();
        deputyActivities93To102AndTheRestatedMemberContacts();
        stations103To114();
        livelihoodProjects115And116();
        keySatisfactionRate117IsComputedFromV2FilesToo();
        legislation118To121AndTheRestatedJointTasks();
        serviceTasks122To129AreSummedAndNotRanked();
        aV2YearIsNotCollectedAndTheFirstV3YearHasNoChangeForV3DependentFigures();
        notCollectedStaysOutOfTheMunicipalSumAndIsNeverPartial();
    }

    private void municipality() throws Exception {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name,deputies,order,deputies_all_levels,townships",
                "420101,甲区,200,1,400,10", "420102,乙区,100,2,250,2", "420103,丙区,80,3,80,",
                "420104,丁区,50,4,100,5", "420105,戊区,50,5,100,4"));

        // meetings — 甲: agenda 5+3 (常委会) and 7 (主任会议, whose speeches, opinions and responses count nowhere)
        files.file("420101_2024_meetings.csv", MEETINGS, List.of(
                "A1,standing_committee,2024-01-10,10,5,20,30,4,3",
                "A2,standing_committee,2024-03-10,0,3,10,5,0,1",
                "A3,chairpersons,2024-02-01,0,7,9,9,9,9"));
        files.file("420102_2024_meetings.csv", MEETINGS, List.of(
                "B1,standing_committee,2024-01-11,3,2,4,6,1,2",
                "B2,chairpersons,2024-02-11,0,1,0,0,0,0"));
        files.file("420103_2024_meetings.csv",
                "meeting_id,meeting_type,meeting_date,deputies_attending,agenda_items,member_opinions,"
                        + "attending_opinions,responses_received",
                List.of("C1,standing_committee,2024-01-12,0,4,1,0,0"));
        files.file("420104_2024_meetings.csv", "meeting_id,meeting_type,meeting_date,deputies_attending",
                List.of("D1,standing_committee,2024-01-13,6"));

        // inspections — 甲: reports 1+2+4+1 (视察调研 2+4), letters 3, laws 2 (执法检查 only), inquiry deputies 10+6
        files.file("420101_2024_inspections.csv", INSPECTIONS, List.of(
                "I1,law_enforcement_inspection,检查,2024-03-01,5,1,2,2",
                "I2,inspection_visit,视察,2024-04-01,3,2,0,3",
                "I3,thematic_research,调研,2024-05-01,0,4,1,0",
                "I4,special_inquiry,询问,2024-06-01,10,1,0,0",
                "I5,special_inquiry,询问,2024-07-01,6,0,0,0"));
        files.file("420102_2024_inspections.csv", INSPECTIONS, List.of(
                "J1,special_inquiry,询问,2024-03-01,4,0,1,0",
                "J2,law_enforcement_inspection,检查,2024-04-01,0,1,0,1"));
        files.file("420103_2024_inspections.csv",
                "activity_id,activity_type,subject,start_date,deputies_participating,reports_written,laws_covered",
                List.of("K1,thematic_research,调研,2024-03-01,2,3,0"));
        files.file("420104_2024_inspections.csv", "activity_id,activity_type,subject,start_date,deputies_participating",
                List.of("L1,special_inquiry,询问,2024-03-01,7"));

        // deputy activities — 甲: one of each new kind and organizers; D13 a training without organizer
        files.file("420101_2024_deputy_activities.csv", ACTIVITIES, List.of(
                "D1,forum,2024-02-01,8,0,0,0,0,0,0,",
                "D2,member_contact,2024-02-02,5,0,0,0,0,0,0,",
                "D3,report_back,2024-02-03,6,0,0,0,0,0,0,",
                "D4,report_back,2024-02-04,4,0,0,0,0,0,0,",
                "D5,constituent_contact,2024-02-05,2,30,10,7,3,5,0,",
                "D6,constituent_contact,2024-02-06,1,20,5,5,2,1,0,",
                "D7,officials_at_station,2024-02-07,0,0,0,0,0,0,3,",
                "D8,officials_at_station,2024-02-08,0,0,0,0,0,0,2,",
                "D9,training,2024-02-09,20,0,0,0,0,0,0,区县人大常委会",
                "D10,training,2024-02-10,10,0,0,0,0,0,0,district",
                "D11,training,2024-02-11,15,0,0,0,0,0,0,乡镇街道人大",
                "D12,training,2024-02-12,7,0,0,0,0,0,0,上级人大",
                "D13,training,2024-02-13,9,0,0,0,0,0,0,",
                "D14,station_reception,2024-02-14,1,10,0,0,0,0,0,"));
        files.file("420102_2024_deputy_activities.csv", ACTIVITIES, List.of(
                "E1,forum,2024-03-01,3,0,0,0,0,0,0,",
                "E2,constituent_contact,2024-03-02,0,4,2,1,1,1,0,",
                "E3,training,2024-03-03,2,0,0,0,0,0,0,township"));
        files.file("420103_2024_deputy_activities.csv",
                "activity_id,activity_type,activity_date,deputies_participating,people_reached,opinions_collected,"
                        + "opinions_handled,questions_answered,opinions_resolved",
                List.of("F1,training,2024-03-01,5,0,0,0,0,0",
                        "F2,constituent_contact,2024-03-02,0,6,4,4,0,2"));
        files.file("420104_2024_deputy_activities.csv",
                "activity_id,activity_type,activity_date,deputies_participating,people_reached,opinions_collected,"
                        + "opinions_handled",
                List.of("G1,report_back,2024-03-01,3,0,0,0",
                        "G2,constituent_contact,2024-03-02,0,8,3,1",
                        "G3,member_contact,2024-03-03,4,0,0,0"));

        // stations — 甲 covers 纸坊街道, 金口街道 and ab园区 (written three ways) with its 家站室, 3 of 10
        files.file("420101_2024_stations.csv", STATIONS, List.of(
                "S1,一号,deputies_home,township,,纸坊街道,是",
                "S2,二号,liaison_station,township,市级,纸坊 街道,否",
                "S3,三号,liaison_station,village,,金口街道,",
                "S4,四号,studio,sector,,ＡＢ园区,否",
                "S5,五号,liaison_room,village,区县级,ab园区,否",
                "S6,六号,observation_point,township,,山坡街道,是",
                "S7,七号,legislative_contact_point,township,,山坡街道,否",
                "S8,八号,online_station,,,,否",
                "S9,九号,other,township,,乌龙泉街道,否"));
        files.file("420102_2024_stations.csv", STATIONS, List.of(
                "T1,一号,deputies_home,township,,A街道,否",
                "T2,二号,liaison_station,township,,B街道,否",
                "T3,三号,liaison_room,village,,C街道,否"));
        files.file("420103_2024_stations.csv", "station_id,name,station_type,level,township",
                List.of("U1,一号,liaison_station,township,X镇"));
        files.file("420104_2024_stations.csv", "station_id,name,station_type,level,model_level",
                List.of("V1,一号,deputies_home,village,", "V2,二号,liaison_room,village,市级"));
        files.file("420105_2024_stations.csv", STATIONS, List.of(
                "W1,一号,deputies_home,township,,甲镇,否",
                "W2,二号,liaison_station,,,乙镇,否"));

        // livelihood projects — 甲: groups 第一小组 (twice) and 第二小组; townships of 乡镇街道 votes only
        files.file("420101_2024_livelihood_projects.csv", PROJECTS, List.of(
                "P1,一,2024-01-10,district_congress,on_schedule,第一小组,纸坊街道",
                "P2,二,2024-01-10,township,on_schedule,第一 小组,纸坊街道",
                "P3,三,2024-01-10,township,on_schedule,第二小组,纸坊街道",
                "P4,四,2024-01-10,township,on_schedule,,金口街道",
                "P5,五,2024-01-10,,on_schedule,,山坡街道"));
        files.file("420102_2024_livelihood_projects.csv", "project_id,name,vote_date,vote_level,status,supervision_group",
                List.of("Q1,一,2024-01-10,district_congress,on_schedule,A组", "Q2,二,2024-01-10,township,on_schedule,A组"));
        files.file("420104_2024_livelihood_projects.csv", "project_id,name,vote_date,status,supervision_group",
                List.of("R1,一,2024-01-10,on_schedule,一组", "R2,二,2024-01-10,on_schedule,二组"));

        // suggestions — 甲: motions and key suggestions with feedback 2 of 3; 丁 (a v2 file): 1 of 2
        files.file("420101_2024_suggestions.csv", SUGGESTIONS, List.of(
                "S1,motion,2024-01-15,economy,局,N,closed,A,satisfied,2024-06-01,own",
                "S2,suggestion,2024-01-15,economy,局,Y,closed,A,basically_satisfied,2024-06-01,own",
                "S3,suggestion,2024-01-15,economy,局,Y,closed,B,dissatisfied,2024-06-01,own",
                "S4,suggestion,2024-01-15,economy,局,Y,closed,A,,2024-06-01,own",
                "S5,suggestion,2024-01-15,economy,局,N,closed,A,satisfied,2024-06-01,own",
                "S6,motion,2024-01-15,economy,局,N,closed,A,satisfied,2024-06-01,higher"));
        files.file("420104_2024_suggestions.csv", SUGGESTIONS, List.of(
                "D1,motion,2024-01-15,economy,局,N,closed,A,satisfied,2024-06-01,",
                "D2,suggestion,2024-01-15,economy,局,Y,closed,C,dissatisfied,2024-06-01,"));

        // legislation — 甲: three laws consulted or researched (L1 = L2, L3 = L4, L11), the rest not counted
        files.file("420101_2024_legislation.csv", LEGISLATION, List.of(
                "L1,draft_consultation,《网格化服务管理条例（草案）》,provincial,2024-03-01",
                "L2,legislative_research,网格化服务管理条例,npc,2024-03-02",
                "L3,draft_consultation,《湖北省（武汉市）物业条例（修订草案）(征求意见稿)》,provincial,2024-03-03",
                "L4,legislative_research,湖北省物业条例,provincial,2024-03-04",
                "L5,joint_inspection,《安全生产法》,npc,2024-03-05",
                "L6,draft_consultation,（草案）,municipal,2024-03-06",
                "L7,liaison_training,,,2024-03-07",
                "L8,liaison_training,,,2024-03-08",
                "L9,law_publicity,《民法典》,,2024-03-09",
                "L10,dispute_mediation,,,2024-03-10",
                "L11,draft_consultation,《城市（社区(村)）治理条例》,municipal,2024-03-11"));
        files.file("420102_2024_legislation.csv", LEGISLATION,
                List.of("N1,draft_consultation,乙条例,provincial,2024-03-01"));
        files.file("420104_2024_legislation.csv", LEGISLATION, List.of(
                "M1,draft_consultation,《甲法》,provincial,2024-03-01",
                "M2,legislative_research,甲法,provincial,2024-03-02"));

        // service tasks — 甲: assignments begun earlier, trips of 3, 4 (ending in 2025) and 1 days
        files.file("420101_2024_service_tasks.csv", TASKS, List.of(
                "T1,project_liaison,项目一,2023-05-01,,3",
                "T2,project_liaison,项目二,2024-02-01,,2",
                "T3,river_chief,汤逊湖,2022-01-01,,0",
                "T4,led_matter,棚改盘活,2024-03-01,2024-06-01,1",
                "T5,investment_trip,招商,2024-04-01,2024-04-03,0",
                "T6,investment_trip,招商,2024-12-30,2025-01-02,0",
                "T7,investment_trip,招商,2024-05-05,,0",
                "T8,supervision_team,督导组,2024-01-01,,0",
                "T9,supervision_visit,督导,2024-06-01,2024-06-01,4",
                "T10,other,其他,2024-01-01,,0"));
        files.file("420102_2024_service_tasks.csv", TASKS, List.of(
                "X1,investment_trip,招商,2024-02-28,2024-03-01,0",
                "X2,led_matter,实事,2024-01-05,,5"));

        // 2023: 甲区 sent v2 files (not collected then: no year-on-year change for v3-dependent figures)
        files.file("420101_2023_meetings.csv", "meeting_id,meeting_type,meeting_date",
                List.of("A1,standing_committee,2023-01-10"));
        files.file("420101_2023_stations.csv", "station_id,name,station_type",
                List.of("S1,一号,deputies_home", "S2,二号,liaison_station"));

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM problem")).as("every row is valid").isZero();
        stats = new StatisticsFile(output.resolve("2024").resolve("statistics.csv"));
        assertThat(runJob(2023).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        lastYear = new StatisticsFile(output.resolve("2023").resolve("statistics.csv"));
    }

    /** Values of 甲, 乙, 丙, 丁, 戊 and 全市; null for an empty value. */
    private void values(String metric, String all, String... districts) {
        List<String> codes = List.of("420101", "420102", "420103", "420104", "420105");
        for (int i = 0; i < districts.length; i++) {
            assertThat(emptyAsNull(stats.value(codes.get(i), metric))).as("%s of %s", metric, codes.get(i))
                    .isEqualTo(districts[i]);
        }
        assertThat(emptyAsNull(stats.value("ALL", metric))).as("%s of 全市", metric).isEqualTo(all);
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private void statuses(String metric, String all, String... districts) {
        List<String> codes = List.of("420101", "420102", "420103", "420104", "420105");
        for (int i = 0; i < districts.length; i++) {
            assertThat(stats.status(codes.get(i), metric)).as("%s of %s", metric, codes.get(i)).isEqualTo(districts[i]);
        }
        assertThat(stats.status("ALL", metric)).as("%s of 全市", metric).isEqualTo(all);
    }

    private void statisticsCsvListsV2MetricsThenTheNewOnesInTheContractsOrder() {
        List<String> ids = new java.util.ArrayList<>();
        for (var r : stats.all()) {
            if (r.get("district_code").equals("ALL")) {
                ids.add(r.get("metric"));
            }
        }
        assertThat(ids).hasSize(129);
        assertThat(ids.subList(81, 129)).containsExactly("meetings.agenda_items",
                "meetings.chairpersons_agenda_items", "meetings.speeches", "meetings.member_opinions",
                "meetings.attending_opinions", "meetings.responses_received", "inspections.inquiry_deputies",
                "inspections.reports_written", "inspections.research_reports", "inspections.letters_issued",
                "inspections.laws_inspected", "deputy_activities.forums", "deputy_activities.report_back_deputies",
                "deputy_activities.constituent_contacts", "deputy_activities.opinions_pending",
                "deputy_activities.opinions_resolved", "deputy_activities.questions_answered",
                "deputy_activities.officials_at_stations", "deputy_activities.district_trainings",
                "deputy_activities.township_trainings", "deputy_activities.higher_trained",
                "stations.deputies_homes", "stations.liaison_stations", "stations.online_stations",
                "stations.legislative_points", "stations.observation_points", "stations.grassroots_units",
                "stations.township_level", "stations.village_level", "stations.sector_level",
                "stations.model_liaison_stations", "stations.model_liaison_rooms", "stations.township_coverage_rate",
                "livelihood_projects.supervision_groups", "livelihood_projects.voting_townships",
                "suggestions.key_satisfaction_rate", "legislation.laws_covered", "legislation.liaison_trainings",
                "legislation.publicity_events", "legislation.disputes_mediated", "service_tasks.projects",
                "service_tasks.rivers", "service_tasks.led_matters", "service_tasks.investment_trips",
                "service_tasks.investment_days", "service_tasks.supervision_teams",
                "service_tasks.supervision_visits", "service_tasks.issues_resolved");
    }

    private void meetings82To87() {
        values("meetings.agenda_items", "14", "8", "2", "4", null);
        values("meetings.chairpersons_agenda_items", "8", "7", "1", "0", null);
        values("meetings.speeches", "34", "30", "4", null, null);
        values("meetings.member_opinions", "42", "35", "6", "1", null);
        values("meetings.attending_opinions", "5", "4", "1", "0", null);
        values("meetings.responses_received", "6", "4", "2", "0", null);
        statuses("meetings.speeches", "ok", "ok", "ok", "not_collected", "not_collected", "not_submitted");
        assertThat(stats.rank("420101", "meetings.agenda_items")).isEqualTo("1");
        assertThat(stats.rank("420103", "meetings.agenda_items")).isEqualTo("2");
        assertThat(stats.rank("420102", "meetings.agenda_items")).isEqualTo("3");
        assertThat(stats.rank("420104", "meetings.agenda_items")).isEmpty();
        assertThat(stats.rank("420101", "meetings.responses_received")).as("not ranked").isEmpty();
    }

    private void inspections88To92() {
        values("inspections.inquiry_deputies", "27", "16", "4", "0", "7");
        values("inspections.reports_written", "12", "8", "1", "3", null);
        values("inspections.research_reports", "9", "6", "0", "3", null);
        values("inspections.letters_issued", "4", "3", "1", null, null);
        values("inspections.laws_inspected", "3", "2", "1", "0", null);
        statuses("inspections.inquiry_deputies", "ok", "ok", "ok", "ok", "ok", "not_submitted");
        statuses("inspections.letters_issued", "ok", "ok", "ok", "not_collected", "not_collected", "not_submitted");
    }

    private void deputyActivities93To102AndTheRestatedMemberContacts() {
        values("deputy_activities.forums", "2", "1", "1", "0", null);
        values("deputy_activities.report_back_deputies", "13", "10", "0", "0", "3");
        values("deputy_activities.constituent_contacts", "68", "50", "4", "6", "8");
        values("deputy_activities.opinions_pending", "6", "3", "1", "0", "2");
        values("deputy_activities.opinions_resolved", "9", "6", "1", "2", null);
        values("deputy_activities.questions_answered", "6", "5", "1", "0", null);
        values("deputy_activities.officials_at_stations", "5", "5", "0", null, null);
        values("deputy_activities.district_trainings", "2", "2", "0", null, null);
        values("deputy_activities.township_trainings", "2", "1", "1", null, null);
        values("deputy_activities.higher_trained", "7", "7", "0", null, null);
        values("deputy_activities.member_contacts", "20", "13", "3", "0", "4");
        statuses("deputy_activities.forums", "ok", "ok", "ok", "ok", "not_collected", "not_submitted");
        assertThat(stats.rank("420101", "deputy_activities.opinions_pending")).as("not ranked").isEmpty();
    }

    private void stations103To114() {
        values("stations.deputies_homes", "4", "1", "1", "0", "1", "1");
        values("stations.liaison_stations", "5", "2", "1", "1", "0", "1");
        values("stations.online_stations", "1", "1", "0", "0", "0", "0");
        values("stations.legislative_points", "1", "1", "0", "0", "0", "0");
        values("stations.observation_points", "1", "1", "0", "0", null, "0");
        values("stations.grassroots_units", "2", "2", "0", null, null, "0");
        values("stations.township_level", "6", "2", "2", "1", "0", "1");
        values("stations.village_level", "5", "2", "1", "0", "2", "0");
        values("stations.sector_level", "1", "1", "0", "0", "0", "0");
        values("stations.model_liaison_stations", "1", "1", "0", "0", "0", "0");
        values("stations.model_liaison_rooms", "2", "1", "0", "0", "1", "0");
        // 甲 3 of 10; 乙 3 named townships of 2 (a naming error); 丙 no registry count; 戊 2 of 4; 全市 5/14
        values("stations.township_coverage_rate", "35.7", "30.0", null, null, null, "50.0");
        statuses("stations.township_coverage_rate", "ok", "ok", "not_applicable", "not_applicable",
                "not_collected", "ok");
        assertThat(stats.rank("420105", "stations.township_coverage_rate")).isEqualTo("1");
        assertThat(stats.rank("420101", "stations.township_coverage_rate")).isEqualTo("2");
        assertThat(stats.rank("420102", "stations.township_coverage_rate")).isEmpty();
    }

    private void livelihoodProjects115And116() {
        values("livelihood_projects.supervision_groups", "5", "2", "1", null, "2", null);
        values("livelihood_projects.voting_townships", "2", "2", null, null, null, null);
        statuses("livelihood_projects.voting_townships", "ok", "ok", "not_collected", "not_submitted",
                "not_collected", "not_submitted");
        assertThat(stats.rank("420101", "livelihood_projects.supervision_groups")).as("not ranked").isEmpty();
    }

    private void keySatisfactionRate117IsComputedFromV2FilesToo() {
        values("suggestions.key_satisfaction_rate", "60.0", "66.7", null, null, "50.0", null);
        statuses("suggestions.key_satisfaction_rate", "ok", "ok", "not_submitted", "not_submitted", "ok",
                "not_submitted");
    }

    private void legislation118To121AndTheRestatedJointTasks() {
        values("legislation.laws_covered", "5", "3", "1", null, "1", null);
        values("legislation.liaison_trainings", "2", "2", "0", null, null, null);
        values("legislation.publicity_events", "1", "1", "0", null, null, null);
        values("legislation.disputes_mediated", "1", "1", "0", null, null, null);
        values("legislation.joint_tasks", "4", "3", "0", null, "1", null);
        values("legislation.drafts_consulted", "6", "4", "1", null, "1", null);
        statuses("legislation.liaison_trainings", "ok", "ok", "ok", "not_submitted", "not_collected",
                "not_submitted");
    }

    private void serviceTasks122To129AreSummedAndNotRanked() {
        Map<String, String[]> expected = Map.of(
                "service_tasks.projects", new String[] {"2", "2", "0"},
                "service_tasks.rivers", new String[] {"1", "1", "0"},
                "service_tasks.led_matters", new String[] {"2", "1", "1"},
                "service_tasks.investment_trips", new String[] {"4", "3", "1"},
                "service_tasks.investment_days", new String[] {"11", "8", "3"},
                "service_tasks.supervision_teams", new String[] {"1", "1", "0"},
                "service_tasks.supervision_visits", new String[] {"1", "1", "0"},
                "service_tasks.issues_resolved", new String[] {"15", "10", "5"});
        expected.forEach((metric, v) -> {
            values(metric, v[0], v[1], v[2], null, null, null);
            statuses(metric, "ok", "ok", "ok", "not_submitted", "not_submitted", "not_submitted");
            assertThat(stats.rank("420101", metric)).as("%s is not ranked", metric).isEmpty();
        });
    }

    private void aV2YearIsNotCollectedAndTheFirstV3YearHasNoChangeForV3DependentFigures() {
        assertThat(lastYear.status("420101", "meetings.agenda_items")).isEqualTo("not_collected");
        assertThat(lastYear.value("420101", "meetings.agenda_items")).isEmpty();
        assertThat(lastYear.rank("420101", "meetings.agenda_items")).isEmpty();
        assertThat(lastYear.status("ALL", "meetings.agenda_items")).isEqualTo("not_collected");
        assertThat(lastYear.status("420101", "stations.observation_points")).isEqualTo("not_collected");
        assertThat(lastYear.status("420102", "meetings.agenda_items")).isEqualTo("not_submitted");
        assertThat(stats.yoy("420101", "meetings.agenda_items")).isEmpty();
        assertThat(stats.yoy("ALL", "meetings.agenda_items")).isEmpty();
        assertThat(stats.yoy("ALL", "stations.observation_points")).isEmpty();
        // figures over v2 columns and values have their change as any v2 figure
        assertThat(lastYear.value("420101", "stations.deputies_homes")).isEqualTo("1");
        assertThat(stats.yoy("420101", "stations.deputies_homes")).isEqualTo("0");
        assertThat(stats.yoy("420101", "stations.liaison_stations")).isEqualTo("1");
        assertThat(stats.yoy("ALL", "stations.deputies_homes")).isEqualTo("3");
    }

    private void notCollectedStaysOutOfTheMunicipalSumAndIsNeverPartial() {
        assertThat(stats.status("420104", "meetings.agenda_items")).isEqualTo("not_collected");
        assertThat(stats.value("420104", "meetings.agenda_items")).isEmpty();
        assertThat(stats.status("ALL", "meetings.agenda_items")).isEqualTo("ok");
        for (var r : stats.all()) {
            if (r.get("status").equals("not_collected")) {
                assertThat(MetricCatalogue.byId(r.get("metric")).v3Dependent()).as(r.get("metric")).isTrue();
                assertThat(r.get("value") + r.get("rank") + r.get("yoy_change")).as(r.get("metric")).isEmpty();
            }
        }
    }
}
