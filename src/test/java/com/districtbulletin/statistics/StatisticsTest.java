package com.districtbulletin.statistics;

import static com.districtbulletin.support.InputFiles.concat;
import static com.districtbulletin.support.InputFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.StatisticsFile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * The statistics of data contract section 8 on a small municipality whose every figure was
 * computed by hand. Four districts: 甲区 (200 deputies), 乙区 (100), 丙区 (no deputies count),
 * 丁区 (50, new in 2024). Runs on H2 and on PostgreSQL. The fixture's job runs once for the
 * class: the tests that only read its figures share them; the two that add files run it again first.
 */
@Tag("database")
class StatisticsTest extends BulletinTestBase {

    private static final String MEETINGS = "meeting_id,meeting_type,meeting_date,reports_heard,resolutions,opinions_issued,deputies_attending";
    private static final String INSPECTIONS = "activity_id,activity_type,subject,start_date,issues_raised,issues_rectified,deputies_participating";
    private static final String APPOINTMENTS = "record_id,decision_date,action,organ,position,oath,law_exam";
    private static final String ACTIVITIES = "activity_id,activity_type,activity_date,station_id,deputies_participating,"
            + "people_reached,opinions_collected,opinions_handled";
    private static final String PROJECTS = "project_id,name,vote_date,status,completed_date,evaluation";
    private static final String PETITIONS = "petition_id,received_date,form,persons,backlog,handling,status";
    private static final String LEGISLATION = "task_id,task_type,law_title,requested_by,start_date,opinions_submitted";
    private static final String FILINGS = "filing_id,title,issuer,filed_date,reviewed,problem_found,corrected";
    private static final String REVIEWS = "review_id,review_date,form,organ,position,result";
    private static final String STATIONS = "station_id,name,station_type,established_date,upgraded,model_level,deputies_stationed";
    private static final String SUGGESTIONS = "suggestion_id,kind,submitted_date,field,handling_unit,key_supervised,status,outcome,satisfaction,closed_date,level";

    /** The fixture's 2024 figures, computed by the first test of the class. */
    private static StatisticsFile municipalityFigures;

    private StatisticsFile stats;

    @BeforeEach
    void municipality() throws Exception {
        writeMunicipality();
        if (municipalityFigures == null) {
            municipalityFigures = municipalityRun();
        }
        stats = municipalityFigures;
    }

    /** The job run on the fixture's files, into this test's empty database. */
    private StatisticsFile municipalityRun() throws Exception {
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return new StatisticsFile(output.resolve("2024/statistics.csv"));
    }

    private void writeMunicipality() throws Exception {
        InputFiles files = new InputFiles(input);
        files.write("districts.csv", List.of("code,name,deputies,order,deputies_all_levels",
                "420101,甲区,200,1,400", "420102,乙区,100,2,250", "420103,丙区,,3,80", "420104,丁区,50,4,"));

        // meetings 2024 — 甲: 2 sessions + 1 chairpersons (whose reports, resolutions, opinions and
        // attending deputies count nowhere: only 常委会会议 are summed); 乙: 1 + 2 and one rejected row; 丙: none; 丁: 2 + 0
        files.file("420101_2024_meetings.csv", MEETINGS, List.of(
                "A1,standing_committee,2024-01-10,3,1,2,10",
                "A2,standing_committee,2024-03-10,2,0,1,8",
                "A3,chairpersons,2024-02-01,7,7,7,7"));
        files.file("420102_2024_meetings.csv", MEETINGS, List.of(
                "B1,standing_committee,2024-01-11,4,2,0,5",
                "B2,chairpersons,2024-02-11,,,,",
                "B3,chairpersons,2024-03-11,,,,",
                "B4,standing_committee,2024-02-30,9,9,9,9"));
        files.file("420104_2024_meetings.csv", MEETINGS, List.of(
                "D1,standing_committee,2024-04-01,1,1,1,1",
                "D2,standing_committee,2024-05-01,0,0,0,0"));
        // meetings 2023 — 甲: 1 + 1; 乙: 1 + 0; 丙: 1 + 0
        files.file("420101_2023_meetings.csv", MEETINGS, List.of(
                "A1,standing_committee,2023-01-10,2,1,1,4", "A2,chairpersons,2023-02-10,0,0,0,0"));
        files.file("420102_2023_meetings.csv", MEETINGS, List.of("B1,standing_committee,2023-01-10,1,0,0,3"));
        files.file("420103_2023_meetings.csv", MEETINGS, List.of("C1,standing_committee,2023-01-10,1,0,0,3"));

        // inspections 2024 — rectification 甲 13/18, 乙 0/0 (not applicable), 丙 3/4, 丁 1/2; deputies 甲 30, 乙 4, 丙 0, 丁 6
        files.file("420101_2024_inspections.csv", INSPECTIONS, List.of(
                "A1,law_enforcement_inspection,《安全生产法》实施情况,2024-03-01,10,7,12",
                "A2,inspection_visit,视察,2024-04-01,5,5,8",
                "A3,thematic_research,调研,2024-05-01,0,0,",
                "A4,special_inquiry,询问,2024-06-01,3,1,10",
                "A5,satisfaction_evaluation,测评,2024-07-01,0,0,0"));
        files.file("420102_2024_inspections.csv", INSPECTIONS, List.of("B1,inspection_visit,视察,2024-03-01,0,0,4"));
        files.file("420103_2024_inspections.csv", INSPECTIONS, List.of("C1,law_enforcement_inspection,检查,2024-03-01,4,3,0"));
        files.file("420104_2024_inspections.csv", INSPECTIONS, List.of("D1,law_enforcement_inspection,检查,2024-03-01,2,1,6"));
        // inspections 2023 — only 甲: 2/3
        files.file("420101_2023_inspections.csv", INSPECTIONS, List.of("A1,law_enforcement_inspection,检查,2023-03-01,3,2,5"));

        // appointments 2024 — 甲: 3 appoint (oath) + decide (no oath) + approve (oath) + 2 remove + dismiss + resignation;
        // law exams: 甲 R1 and R4 appointed, R6 removed (not counted); 乙 a removal (not counted); 丙 R2
        files.file("420101_2024_appointments.csv", APPOINTMENTS, List.of(
                "R1,2024-01-10,appoint,government,副区长,是,是", "R2,2024-01-10,appoint,court,审判员,是,",
                "R3,2024-01-10,appoint,procuratorate,检察员,是,否", "R4,2024-01-10,decide_appoint,government,局长,否,是",
                "R5,2024-01-10,approve_appoint,procuratorate,检察长,是,", "R6,2024-01-10,remove,government,局长,否,是",
                "R7,2024-01-10,remove,court,审判员,否,", "R8,2024-01-10,dismiss,government,局长,否,",
                "R9,2024-01-10,accept_resignation,congress,委员,否,"));
        files.file("420102_2024_appointments.csv", APPOINTMENTS, List.of("R1,2024-02-10,remove,government,局长,否,是"));
        files.file("420103_2024_appointments.csv", APPOINTMENTS, List.of(
                "R1,2024-02-10,appoint,government,局长,是,否", "R2,2024-02-10,appoint,government,局长,否,是"));

        // suggestions 2024 — 甲: the published 125 closed, 86 A / 21 B / 18 C; 乙: 23 with 14 A; 丙: 10 A and three
        // 上级 suggestions (closed C, dissatisfied: counted only in higher_level); 丁: 3/3/1 and a rejected row
        files.file("420101_2024_suggestions.csv", SUGGESTIONS, rows(125, i -> suggestion("A" + i,
                i <= 5 ? "motion" : "suggestion", i <= 10, i <= 86 ? "A" : i <= 107 ? "B" : "C",
                i <= 100 ? "satisfied" : i <= 115 ? "basically_satisfied" : i <= 120 ? "dissatisfied" : "")));
        files.file("420102_2024_suggestions.csv", SUGGESTIONS, concat(
                rows(21, i -> suggestion("B" + i, "suggestion", false, i <= 14 ? "A" : i <= 19 ? "B" : "C", "")),
                List.of("B22,suggestion,2024-01-15,economy,区发改局,N,in_progress,,,,本级",
                        "B23,suggestion,2024-01-15,economy,区发改局,N,in_progress,,,,own")));
        files.file("420103_2024_suggestions.csv", SUGGESTIONS, concat(
                rows(10, i -> suggestion("C" + i, "suggestion", false, "A", "satisfied")),
                rows(3, i -> suggestion("CH" + i, "motion", true, "C", "dissatisfied") + "上级")));
        files.file("420104_2024_suggestions.csv", SUGGESTIONS, concat(
                rows(7, i -> suggestion("D" + i, "suggestion", false, i <= 3 ? "A" : i <= 6 ? "B" : "C", "")),
                List.of("D8,suggestion,2024-01-15,城市建设,区发改局,N,closed,A,,2024-06-01,")));
        // suggestions 2023 — only 甲: 100 with 60 A
        files.file("420101_2023_suggestions.csv", SUGGESTIONS, rows(100, i -> suggestion("A" + i, "suggestion",
                false, i <= 60 ? "A" : "B", "satisfied").replace("2024-", "2023-")));

        // deputy activities 2024 — 甲: seven of six types; 乙: a reception and a rejected row (handled > collected);
        // 丙: none; 丁: an inspection that collected nothing (handling rate not applicable)
        files.file("420101_2024_deputy_activities.csv", ACTIVITIES, List.of(
                "A1,group_activity,2024-02-01,S1,10,50,20,18",
                "A2,group_activity,2024-03-01,,6,0,0,0",
                "A3,station_reception,2024-04-01,S1,3,40,15,12",
                "A4,member_contact,2024-05-01,,12,,5,5",
                "A5,report_back,2024-06-01,,4,100,10,10",
                "A6,training,2024-07-01,,30,0,0,0",
                "A7,constituent_contact,2024-08-01,,2,25,3,1"));
        files.file("420102_2024_deputy_activities.csv", ACTIVITIES, List.of(
                "B1,station_reception,2024-02-01,S1,2,20,4,4",
                "B2,group_activity,2024-03-01,,5,10,6,7"));
        files.file("420104_2024_deputy_activities.csv", ACTIVITIES, List.of("D1,deputy_inspection,2024-02-01,,8,,,"));
        // deputy activities 2023 — only 甲: 8 of 10 handled
        files.file("420101_2023_deputy_activities.csv", ACTIVITIES, List.of("A1,group_activity,2023-05-01,,5,10,10,8"));

        // stations 2024 — 甲: 3 (2 homes and stations, 1 new, 1 upgraded, 2 model), 100 deputies of 400;
        // 乙: 1 new, 50 of 250; 丙: 1, 30 of 80; 丁: 1, 10, no count, and a station built after the year (rejected row)
        files.file("420101_2024_stations.csv", STATIONS, List.of(
                "S1,甲一,deputies_home,2024-03-01,是,provincial,60",
                "S2,甲二,liaison_station,2020-05-01,否,,40",
                "S3,甲三,online_station,,,municipal,"));
        files.file("420102_2024_stations.csv", STATIONS, List.of("S1,乙一,studio,2024-12-31,否,,50"));
        files.file("420103_2024_stations.csv", STATIONS, List.of("S1,丙一,liaison_station,2023-06-01,Y,,30"));
        files.file("420104_2024_stations.csv", STATIONS, List.of(
                "S1,丁一,legislative_contact_point,,,,10",
                "S2,丁二,deputies_home,2025-01-01,否,,20"));
        // stations 2023 — only 甲: 1 new station, 80 deputies
        files.file("420101_2023_stations.csv", STATIONS, List.of("S1,甲一,deputies_home,2023-02-01,否,,80"));

        // livelihood projects 2024 — 甲: 2 of 4 completed (one after the year), 1 delayed, 2 of 3 evaluations
        // satisfied; 乙: 1 completed and a rejected row; 丙: none; 丁: 1 on schedule, no evaluation
        files.file("420101_2024_livelihood_projects.csv", PROJECTS, List.of(
                "P1,加装电梯,2024-01-10,completed,2024-11-30,satisfied",
                "P2,老旧小区改造,2024-01-10,completed,2025-02-01,basically_satisfied",
                "P3,口袋公园,2024-01-10,on_schedule,,dissatisfied",
                "P4,农贸市场,2024-01-10,delayed,,"));
        files.file("420102_2024_livelihood_projects.csv", PROJECTS, List.of(
                "P1,养老食堂,2024-02-01,completed,2024-06-01,satisfied",
                "P2,停车场,2024-02-01,on_schedule,2024-07-01,"));
        files.file("420104_2024_livelihood_projects.csv", PROJECTS, List.of("P1,公交线路,2024-02-01,on_schedule,,"));

        // petitions 2024 — 甲: 4 cases of the year (10 persons; 2 of 3 handled ones referred or handled), a backlog
        // case of 2022 resolved, 2 leader receptions; 乙: 1 case and a rejected row (a 2023 date, not backlog)
        files.file("420101_2024_petitions.csv", PETITIONS, List.of(
                "X1,2024-01-05,letter,1,否,referred,resolved",
                "X2,2024-02-05,visit,5,否,handled,in_progress",
                "X3,2024-03-05,online,,否,filed,",
                "X4,2024-04-05,visit,3,否,,",
                "X5,2022-06-01,visit,2,是,handled,resolved",
                "X6,2024-05-01,leader_reception,12,否,,",
                "X7,2024-06-01,leader_reception,8,否,,"));
        files.file("420102_2024_petitions.csv", PETITIONS, List.of(
                "Y1,2024-01-01,letter,1,否,referred,resolved",
                "Y2,2023-12-01,letter,1,否,referred,"));

        // legislation 2024 — 甲: 2 drafts consulted, a research and a joint inspection, 23 opinions; 乙: a joint research
        files.file("420101_2024_legislation.csv", LEGISLATION, List.of(
                "T1,draft_consultation,《物业管理条例（草案）》,provincial,2024-03-01,12",
                "T2,立法意见征集,《养犬管理条例（草案）》,municipal,2024-04-01,8",
                "T3,legislative_research,《乡村振兴促进法》,npc,2024-05-01,3",
                "T4,joint_inspection,《安全生产法》,provincial,2024-06-01,"));
        files.file("420102_2024_legislation.csv", LEGISLATION, List.of(
                "T1,joint_research,《长江保护法》,municipal,2024-02-01,5"));

        // filings 2024 — 甲: 4 filed, 3 reviewed, 2 problems of which 1 corrected; 乙: 1 reviewed without problem
        // and a rejected row (corrected without a problem)
        files.file("420101_2024_filings.csv", FILINGS, List.of(
                "F1,规定一,government,2024-02-01,,,",
                "F2,规定二,government,2024-03-01,是,是,是",
                "F3,规定三,court,2024-04-01,是,是,否",
                "F4,规定四,other,2024-05-01,否,否,否"));
        files.file("420102_2024_filings.csv", FILINGS, List.of(
                "F1,规定一,government,2024-02-01,是,否,否",
                "F2,规定二,government,2024-02-01,否,否,是"));

        // reviews 2024 — 甲: 5 persons, 2 of the government, a judge and a prosecutor, 3 of 4 results satisfied;
        // 丙: 1 of the government without a result
        files.file("420101_2024_reviews.csv", REVIEWS, List.of(
                "V1,2024-09-01,report_review,government,局长,satisfied",
                "V2,2024-09-01,post_appointment,government,副局长,dissatisfied",
                "V3,2024-09-01,judge_prosecutor_review,court,审判员,basically_satisfied",
                "V4,2024-09-01,judge_prosecutor_review,procuratorate,检察员,",
                "V5,2024-09-01,law_report_review,supervision,主任,satisfied"));
        files.file("420103_2024_reviews.csv", REVIEWS, List.of("V1,2024-10-01,述职评议,人民政府,局长,"));
    }

    private static String suggestion(String id, String kind, boolean key, String outcome, String satisfaction) {
        return id + "," + kind + ",2024-01-15,economy,区发改局," + (key ? "Y" : "N") + ",closed," + outcome + ","
                + satisfaction + ",2024-06-01,";
    }

    @Test
    void everyDistrictAndTheMunicipalityHaveEveryMetric() {
        assertThat(stats.headerLine()).isEqualTo("year,district_code,district_name,metric,value,rank,yoy_change,status");
        assertThat(stats.size()).isEqualTo(5 * MetricCatalogue.METRICS.size());
        assertThat(stats.row("ALL", "suggestions.total").get("district_name")).isEqualTo("全市");
        assertThat(stats.row("420104", "suggestions.total").get("district_name")).isEqualTo("丁区");
        // v2 files: contract v3's figures over its added columns and values are not collected, none other
        stats.all().forEach(r -> assertThat(r.get("status")).isIn(
                MetricCatalogue.byId(r.get("metric")).v3Dependent()
                        ? List.of("not_collected", "not_submitted")
                        : List.of("ok", "partial", "not_submitted", "not_applicable")));
    }

    @Test
    void meetingsCountAndSum() {
        assertValues("meetings.standing_committee_sessions", "5", "2", "1", "", "2");
        assertValues("meetings.chairpersons_meetings", "3", "1", "2", "", "0");
        assertValues("meetings.reports_heard", "10", "5", "4", "", "1");
        assertValues("meetings.resolutions", "4", "1", "2", "", "1");
        assertValues("meetings.opinions_issued", "4", "3", "0", "", "1");
        assertValues("meetings.deputies_attending", "24", "18", "5", "", "1");
    }

    @Test
    void notSubmittedIsEmptyNeverZero() {
        assertThat(stats.value("420103", "meetings.standing_committee_sessions")).isEmpty();
        assertThat(stats.status("420103", "meetings.standing_committee_sessions")).isEqualTo("not_submitted");
        assertThat(stats.rank("420103", "meetings.standing_committee_sessions")).isEmpty();
        assertThat(stats.value("420104", "appointments.total")).isEmpty();
        assertThat(stats.status("420104", "appointments.total")).isEqualTo("not_submitted");
    }

    @Test
    void rejectedRowsMakeTheDistrictAndTheMunicipalityPartial() {
        assertThat(stats.status("420102", "meetings.reports_heard")).isEqualTo("partial");
        assertThat(stats.status("ALL", "meetings.reports_heard")).isEqualTo("partial");
        assertThat(stats.status("420101", "meetings.reports_heard")).isEqualTo("ok");
        assertThat(stats.status("420104", "suggestions.total")).isEqualTo("partial");
        assertThat(stats.value("420104", "suggestions.total")).isEqualTo("7");
        assertThat(stats.status("ALL", "appointments.total")).isEqualTo("ok");
    }

    @Test
    void tiesShareARankAndTheNextRankIsSkipped() {
        assertRanks("meetings.standing_committee_sessions", "1", "3", "", "1");
        assertRanks("meetings.chairpersons_meetings", "2", "1", "", "3");
        assertRanks("inspections.law_enforcement", "1", "4", "1", "1");
        assertThat(stats.rank("ALL", "meetings.standing_committee_sessions")).isEmpty();
    }

    @Test
    void inspectionsAndTheRectificationRate() {
        assertValues("inspections.law_enforcement", "3", "1", "0", "1", "1");
        assertValues("inspections.visits_and_research", "3", "2", "1", "0", "0");
        assertValues("inspections.special_inquiries", "1", "1", "0", "0", "0");
        assertValues("inspections.satisfaction_evaluations", "1", "1", "0", "0", "0");
        assertValues("inspections.issues_raised", "24", "18", "0", "4", "2");
        // 13/18 = 72.22, 3/4 = 75.0, 1/2 = 50.0; the municipality pools 17/24 = 70.83 — never an average
        assertValues("inspections.rectification_rate", "70.8", "72.2", "", "75.0", "50.0");
        assertThat(stats.status("420102", "inspections.rectification_rate")).isEqualTo("not_applicable");
        assertRanks("inspections.rectification_rate", "2", "", "1", "3");
    }

    @Test
    void appointmentsAndTheOathRate() {
        assertValues("appointments.total", "11", "8", "1", "2", "");
        assertValues("appointments.appointed", "7", "5", "0", "2", "");
        assertValues("appointments.removed", "4", "3", "1", "0", "");
        assertValues("appointments.resignations", "1", "1", "0", "0", "");
        assertValues("appointments.oath_rate", "71.4", "80.0", "", "50.0", "");
        assertThat(stats.status("420102", "appointments.oath_rate")).isEqualTo("not_applicable");
    }

    @Test
    void publishedSuggestionFiguresAreReproduced() {
        // 125 closed with 86 A, 21 B, 18 C; 23 suggestions with 14 A
        assertThat(stats.value("420101", "suggestions.resolved_rate")).isEqualTo("68.8");
        assertThat(stats.value("420101", "suggestions.class_b_rate")).isEqualTo("16.8");
        assertThat(stats.value("420101", "suggestions.class_c_rate")).isEqualTo("14.4");
        assertThat(stats.value("420101", "suggestions.closure_rate")).isEqualTo("100.0");
        assertThat(stats.value("420102", "suggestions.resolved_rate")).isEqualTo("60.9");
    }

    @Test
    void suggestions() {
        assertValues("suggestions.total", "165", "125", "23", "10", "7");
        assertValues("suggestions.motions", "5", "5", "0", "0", "0");
        assertValues("suggestions.closed", "163", "125", "21", "10", "7");
        assertValues("suggestions.closure_rate", "98.8", "100.0", "91.3", "100.0", "100.0");
        assertValues("suggestions.resolved_rate", "68.5", "68.8", "60.9", "100.0", "42.9");
        assertValues("suggestions.class_b_rate", "17.6", "16.8", "21.7", "0.0", "42.9");
        assertValues("suggestions.class_c_rate", "12.7", "14.4", "8.7", "0.0", "14.3");
        assertValues("suggestions.satisfaction_rate", "96.2", "95.8", "", "100.0", "");
        assertValues("suggestions.key_supervised", "10", "10", "0", "0", "0");
        assertRanks("suggestions.resolved_rate", "2", "3", "1", "4");
        assertRanks("suggestions.class_b_rate", "", "", "", "");
        assertRanks("suggestions.class_c_rate", "", "", "", "");
    }

    @Test
    void per100DeputiesPoolsOnlyDistrictsWithADeputiesCount() {
        // 125/200, 23/100, 丙 has no deputies count, 7/50; the municipality: 155/350 = 44.29
        assertValues("suggestions.per_100_deputies", "44.3", "62.5", "23.0", "", "14.0");
        assertThat(stats.status("420103", "suggestions.per_100_deputies")).isEqualTo("not_applicable");
        assertThat(stats.status("ALL", "suggestions.per_100_deputies")).isEqualTo("partial");
    }

    @Test
    void yearOnYearChange() {
        assertYoy("meetings.standing_committee_sessions", "2", "1", "0", "", "");
        assertYoy("meetings.chairpersons_meetings", "2", "0", "2", "", "");
        assertYoy("meetings.deputies_attending", "14", "14", "2", "", "");
        // rates: the difference of the published values, 72.2 − 66.7 = 5.5 (not 5.6 from the exact values)
        assertYoy("inspections.rectification_rate", "4.1", "5.5", "", "", "");
        assertYoy("suggestions.total", "65", "25", "", "", "");
        assertYoy("suggestions.resolved_rate", "8.5", "8.8", "", "", "");
        assertYoy("suggestions.per_100_deputies", "-5.7", "12.5", "", "", "");
        // a negative change is written with its sign only
        assertThat(stats.yoy("420101", "suggestions.satisfaction_rate")).isEqualTo("-4.2");
    }

    @Test
    void newMetricsOverInspectionsAndAppointments() {
        assertValues("inspections.visits", "2", "1", "1", "0", "0");
        assertValues("inspections.research", "1", "1", "0", "0", "0");
        assertValues("inspections.deputies_participating", "40", "30", "4", "0", "6");
        assertRanks("inspections.deputies_participating", "1", "3", "4", "2");
        assertValues("inspections.issues_rectified", "17", "13", "0", "3", "1");
        assertYoy("inspections.deputies_participating", "35", "25", "", "", "");
        // law exams and oaths of appointed records only: 甲's removed R6 took the exam and is not counted
        assertValues("appointments.law_exam_taken", "3", "2", "0", "1", "");
        assertRanks("appointments.law_exam_taken", "1", "3", "2", "");
        assertValues("appointments.oath_taken", "5", "4", "0", "1", "");
        assertRanks("appointments.total", "1", "3", "2", "");
        // no longer ranked in v2
        assertRanks("appointments.removed", "", "", "", "");
        assertRanks("appointments.resignations", "", "", "", "");
    }

    @Test
    void suggestionMetricsCountOwnLevelRowsOnlyAndHigherLevelApart() {
        // 丙's three 上级 motions (key supervised, closed C, dissatisfied) change none of the 本级 figures above
        assertValues("suggestions.class_a", "113", "86", "14", "10", "3");
        assertValues("suggestions.class_b", "29", "21", "5", "0", "3");
        assertValues("suggestions.class_c", "21", "18", "2", "0", "1");
        assertRanks("suggestions.class_a", "1", "2", "3", "4");
        assertRanks("suggestions.class_b", "", "", "", "");
        assertRanks("suggestions.class_c", "", "", "", "");
        assertValues("suggestions.in_progress", "2", "0", "2", "0", "0");
        assertRanks("suggestions.in_progress", "", "", "", "");
        assertValues("suggestions.higher_level", "3", "0", "0", "3", "0");
        assertRanks("suggestions.higher_level", "", "", "", "");
        assertYoy("suggestions.class_a", "53", "26", "", "", "");
    }

    @Test
    void aKeyWhoseFileWasRejectedWholeIsRejectedNotNotSubmitted() throws Exception {
        municipalityRun();
        InputFiles files = new InputFiles(input);
        // 丙's meetings lack a required column; 丁's appointments come as two conflicting files
        files.file("420103_2024_meetings.csv", "meeting_id,meeting_date", List.of("C1,2024-01-10"));
        files.file("420104_2024_appointments.csv", APPOINTMENTS, List.of("R1,2024-02-10,appoint,government,局长,是,是"));
        files.file("420104_2024_任免.csv", APPOINTMENTS, List.of("R1,2024-02-10,appoint,government,局长,是,是"));
        // 乙's new inspections are rejected whole too, but its earlier version stays in force: not rejected
        files.file("420102_2024_inspections.csv", "activity_id,subject", List.of("B9,视察"));

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        stats = new StatisticsFile(output.resolve("2024/statistics.csv"));

        assertThat(stats.status("420103", "meetings.standing_committee_sessions")).isEqualTo("rejected");
        assertThat(stats.status("420103", "meetings.reports_heard")).isEqualTo("rejected");
        assertThat(stats.status("420104", "appointments.total")).isEqualTo("rejected");
        assertThat(stats.status("420104", "appointments.oath_rate")).isEqualTo("rejected");
        assertValues("meetings.standing_committee_sessions", "5", "2", "1", "", "2");
        assertRanks("meetings.standing_committee_sessions", "1", "3", "", "1");
        assertValues("appointments.total", "11", "8", "1", "2", "");
        assertThat(stats.status("ALL", "meetings.standing_committee_sessions")).isEqualTo("partial");
        assertThat(stats.status("420102", "inspections.law_enforcement")).isEqualTo("ok");
        assertValues("inspections.visits", "2", "1", "1", "0", "0");
        // a dataset no district has in force is not submitted for the municipality, whatever was rejected
        stats.all().forEach(r -> assertThat(r.get("status"))
                .isIn("ok", "partial", "not_submitted", "not_applicable", "rejected",
                        MetricCatalogue.byId(r.get("metric")).v3Dependent() ? "not_collected" : "ok"));
    }

    @Test
    void onlyDistrictsExistingInTheYearAreListedRankedAndTotalled() throws Exception {
        municipalityRun();
        InputFiles files = new InputFiles(input);
        // 丁 is set up in 2024; 戊 (420105) existed until 2023
        files.write("districts.csv", List.of("code,name,deputies,order,deputies_all_levels,since,until",
                "420101,甲区,200,1,,,", "420102,乙区,100,2,,,", "420103,丙区,,3,,,", "420104,丁区,50,4,,2024,",
                "420105,戊区,40,5,,,2023"));
        files.file("420105_2023_meetings.csv", MEETINGS, List.of(
                "E1,standing_committee,2023-02-01,1,0,0,2", "E2,standing_committee,2023-05-01,1,0,0,2"));
        files.file("420105_2024_meetings.csv", MEETINGS, List.of("E1,standing_committee,2024-02-01,9,9,9,9"));
        files.file("420104_2023_meetings.csv", MEETINGS, List.of("D1,standing_committee,2023-02-01,9,9,9,9"));

        assertThat(runJob(2023).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StatisticsFile last = new StatisticsFile(output.resolve("2023/statistics.csv"));
        stats = new StatisticsFile(output.resolve("2024/statistics.csv"));

        // 2024: 戊 is not listed and its file for 2024 counts nowhere; the figures are those of the fixture
        assertThat(stats.size()).isEqualTo(5 * MetricCatalogue.METRICS.size());
        assertThat(stats.all()).noneMatch(r -> r.get("district_code").equals("420105"));
        assertValues("meetings.standing_committee_sessions", "5", "2", "1", "", "2");
        assertRanks("meetings.standing_committee_sessions", "1", "3", "", "1");
        // the municipal change compares with 2023's total as published, 戊 included: 1 + 1 + 1 + 2
        assertYoy("meetings.standing_committee_sessions", "0", "1", "0", "", "");
        // 2023: 戊 listed, 丁 (not yet set up) not, and its 2023 file counts nowhere
        assertThat(last.size()).isEqualTo(5 * MetricCatalogue.METRICS.size());
        assertThat(last.all()).noneMatch(r -> r.get("district_code").equals("420104"));
        assertThat(last.value("ALL", "meetings.standing_committee_sessions")).isEqualTo("5");
        assertThat(last.value("420105", "meetings.standing_committee_sessions")).isEqualTo("2");
        assertThat(last.rank("420105", "meetings.standing_committee_sessions")).isEqualTo("1");
        assertThat(last.rank("420101", "meetings.standing_committee_sessions")).isEqualTo("2");
        assertThat(last.value("ALL", "meetings.reports_heard")).isEqualTo("6");
    }

    @Test
    void deputyActivities() {
        assertValues("deputy_activities.total", "9", "7", "1", "", "1");
        assertValues("deputy_activities.group_activities", "2", "2", "0", "", "0");
        assertValues("deputy_activities.group_participation", "16", "16", "0", "", "0");
        assertValues("deputy_activities.station_receptions", "2", "1", "1", "", "0");
        assertValues("deputy_activities.reception_deputies", "5", "3", "2", "", "0");
        assertValues("deputy_activities.deputies_participating", "77", "67", "2", "", "8");
        assertValues("deputy_activities.member_contacts", "12", "12", "0", "", "0");
        assertValues("deputy_activities.people_reached", "235", "215", "20", "", "0");
        assertValues("deputy_activities.report_backs", "1", "1", "0", "", "0");
        assertValues("deputy_activities.deputies_trained", "30", "30", "0", "", "0");
        assertValues("deputy_activities.opinions_collected", "57", "53", "4", "", "0");
        assertValues("deputy_activities.opinions_handled", "50", "46", "4", "", "0");
        // 46/53 = 86.79, 4/4, 丁 0/0; the municipality 50/57 = 87.72
        assertValues("deputy_activities.handling_rate", "87.7", "86.8", "100.0", "", "");
        assertThat(stats.status("420104", "deputy_activities.handling_rate")).isEqualTo("not_applicable");
        assertThat(stats.status("420103", "deputy_activities.handling_rate")).isEqualTo("not_submitted");
        assertThat(stats.status("420102", "deputy_activities.total")).isEqualTo("partial");
        assertRanks("deputy_activities.handling_rate", "2", "1", "", "");
        assertRanks("deputy_activities.total", "1", "2", "", "2");
        // 2023: 甲 8/10 = 80.0, the municipality the same
        assertYoy("deputy_activities.handling_rate", "7.7", "6.8", "", "", "");
        assertYoy("deputy_activities.total", "8", "6", "", "", "");
    }

    @Test
    void stations() {
        assertValues("stations.total", "6", "3", "1", "1", "1");
        assertRanks("stations.total", "1", "2", "2", "2");
        assertValues("stations.homes_and_stations", "3", "2", "0", "1", "0");
        assertValues("stations.new", "2", "1", "1", "0", "0");
        assertValues("stations.upgraded", "2", "1", "0", "1", "0");
        assertValues("stations.model", "2", "2", "0", "0", "0");
        assertValues("stations.deputies_stationed", "190", "100", "50", "30", "10");
        assertThat(stats.status("420104", "stations.total")).isEqualTo("partial");
        assertThat(stats.status("420102", "stations.total")).isEqualTo("ok");
        // 100/400, 50/250, 30/80; 丁 has no count of deputies of all levels: not applicable, and left out of
        // the municipal rate, which pools 180/730 = 24.66
        assertValues("stations.coverage_rate", "24.7", "25.0", "20.0", "37.5", "");
        assertThat(stats.status("420104", "stations.coverage_rate")).isEqualTo("not_applicable");
        // 丁 is left out of the pooled rate but still contributes: its partial submission makes it partial
        assertThat(stats.status("ALL", "stations.coverage_rate")).isEqualTo("partial");
        assertThat(stats.status("420102", "stations.coverage_rate")).isEqualTo("ok");
        assertRanks("stations.coverage_rate", "2", "3", "1", "");
        // 2023: 甲 80/400 = 20.0, the municipality the same
        assertYoy("stations.coverage_rate", "4.7", "5.0", "", "", "");
        assertYoy("stations.new", "1", "0", "", "", "");
    }

    @Test
    void livelihoodProjects() {
        assertValues("livelihood_projects.voted", "6", "4", "1", "", "1");
        assertValues("livelihood_projects.completed", "3", "2", "1", "", "0");
        assertValues("livelihood_projects.completion_rate", "50.0", "50.0", "100.0", "", "0.0");
        assertRanks("livelihood_projects.completion_rate", "2", "1", "", "3");
        assertValues("livelihood_projects.delayed", "1", "1", "0", "", "0");
        assertRanks("livelihood_projects.delayed", "", "", "", "");
        // 2 of 3 evaluated, 1 of 1, 丁 none evaluated; the municipality 3/4
        assertValues("livelihood_projects.satisfaction_rate", "75.0", "66.7", "100.0", "", "");
        assertThat(stats.status("420104", "livelihood_projects.satisfaction_rate")).isEqualTo("not_applicable");
        assertThat(stats.status("420102", "livelihood_projects.voted")).isEqualTo("partial");
        assertYoy("livelihood_projects.voted", "", "", "", "", "");
    }

    @Test
    void petitions() {
        // cases and persons: the year's letters, visits and online petitions; leader receptions apart
        assertValues("petitions.cases", "5", "4", "1", "", "");
        assertValues("petitions.persons", "11", "10", "1", "", "");
        assertRanks("petitions.cases", "", "", "", "");
        assertRanks("petitions.persons", "", "", "", "");
        assertValues("petitions.leader_receptions", "2", "2", "0", "", "");
        assertRanks("petitions.leader_receptions", "1", "2", "", "");
        // of the year's cases with a handling: 甲 2 of 3, 乙 1 of 1; the municipality 3/4
        assertValues("petitions.referral_rate", "75.0", "66.7", "100.0", "", "");
        assertRanks("petitions.referral_rate", "2", "1", "", "");
        // resolved whatever the date of receipt: 甲's backlog case of 2022 counts
        assertValues("petitions.resolved", "3", "2", "1", "", "");
        assertValues("petitions.backlog_resolved", "1", "1", "0", "", "");
        assertThat(stats.status("420102", "petitions.cases")).isEqualTo("partial");
        assertThat(stats.status("420103", "petitions.cases")).isEqualTo("not_submitted");
    }

    @Test
    void legislation() {
        assertValues("legislation.drafts_consulted", "2", "2", "0", "", "");
        assertValues("legislation.opinions_submitted", "28", "23", "5", "", "");
        assertValues("legislation.joint_tasks", "3", "2", "1", "", "");
        assertRanks("legislation.drafts_consulted", "1", "2", "", "");
        assertThat(stats.status("ALL", "legislation.joint_tasks")).isEqualTo("ok");
    }

    @Test
    void filings() {
        assertValues("filings.filed", "5", "4", "1", "", "");
        assertRanks("filings.filed", "", "", "", "");
        assertValues("filings.reviewed", "4", "3", "1", "", "");
        assertValues("filings.review_rate", "80.0", "75.0", "100.0", "", "");
        assertRanks("filings.review_rate", "2", "1", "", "");
        assertValues("filings.problems", "2", "2", "0", "", "");
        assertRanks("filings.problems", "", "", "", "");
        // 甲 1 of 2; 乙 found none: not applicable, and ranked nowhere
        assertValues("filings.correction_rate", "50.0", "50.0", "", "", "");
        assertThat(stats.status("420102", "filings.correction_rate")).isEqualTo("not_applicable");
        assertRanks("filings.correction_rate", "1", "", "", "");
        assertThat(stats.status("ALL", "filings.correction_rate")).isEqualTo("partial");
    }

    @Test
    void reviews() {
        assertValues("reviews.persons", "6", "5", "", "1", "");
        assertValues("reviews.government", "3", "2", "", "1", "");
        assertValues("reviews.judicial", "2", "2", "", "0", "");
        assertRanks("reviews.judicial", "1", "", "2", "");
        assertValues("reviews.satisfaction_rate", "75.0", "75.0", "", "", "");
        assertThat(stats.status("420103", "reviews.satisfaction_rate")).isEqualTo("not_applicable");
        assertThat(stats.status("420102", "reviews.satisfaction_rate")).isEqualTo("not_submitted");
    }

    @Test
    void statisticsCsvListsTheMetricsInTheContractsOrder() {
        assertThat(CONTRACT_ORDER).hasSize(81).doesNotHaveDuplicates();
        List<String> metrics = new java.util.ArrayList<>();
        stats.all().forEach(r -> {
            if (r.get("district_code").equals("ALL")) {
                metrics.add(r.get("metric"));
            }
        });
        // v2's 81 keep their places; v3's 82–129 follow (StatisticsV3Test checks their order)
        assertThat(metrics.subList(0, 81)).containsExactlyElementsOf(CONTRACT_ORDER);
        assertThat(MetricCatalogue.METRICS.stream().map(Metric::id).toList().subList(0, 81))
                .containsExactlyElementsOf(CONTRACT_ORDER);
        assertThat(metrics).hasSize(129);
    }

    /** The metric ids of contract v2 section 8, in its order. */
    private static final List<String> CONTRACT_ORDER = List.of(
            "meetings.standing_committee_sessions", "meetings.chairpersons_meetings", "meetings.reports_heard",
            "meetings.resolutions", "meetings.opinions_issued", "meetings.deputies_attending",
            "inspections.law_enforcement", "inspections.visits_and_research", "inspections.visits",
            "inspections.research", "inspections.special_inquiries", "inspections.satisfaction_evaluations",
            "inspections.deputies_participating", "inspections.issues_raised", "inspections.issues_rectified",
            "inspections.rectification_rate",
            "appointments.total", "appointments.appointed", "appointments.removed", "appointments.resignations",
            "appointments.law_exam_taken", "appointments.oath_taken", "appointments.oath_rate",
            "suggestions.total", "suggestions.motions", "suggestions.closed", "suggestions.in_progress",
            "suggestions.closure_rate", "suggestions.class_a", "suggestions.class_b", "suggestions.class_c",
            "suggestions.resolved_rate", "suggestions.class_b_rate", "suggestions.class_c_rate",
            "suggestions.satisfaction_rate", "suggestions.key_supervised", "suggestions.per_100_deputies",
            "suggestions.higher_level",
            "deputy_activities.total", "deputy_activities.group_activities", "deputy_activities.group_participation",
            "deputy_activities.station_receptions", "deputy_activities.reception_deputies",
            "deputy_activities.deputies_participating", "deputy_activities.member_contacts",
            "deputy_activities.people_reached", "deputy_activities.report_backs", "deputy_activities.deputies_trained",
            "deputy_activities.opinions_collected", "deputy_activities.opinions_handled",
            "deputy_activities.handling_rate",
            "stations.total", "stations.homes_and_stations", "stations.new", "stations.upgraded", "stations.model",
            "stations.deputies_stationed", "stations.coverage_rate",
            "livelihood_projects.voted", "livelihood_projects.completed", "livelihood_projects.completion_rate",
            "livelihood_projects.delayed", "livelihood_projects.satisfaction_rate",
            "petitions.cases", "petitions.persons", "petitions.leader_receptions", "petitions.referral_rate",
            "petitions.resolved", "petitions.backlog_resolved",
            "legislation.drafts_consulted", "legislation.opinions_submitted", "legislation.joint_tasks",
            "filings.filed", "filings.reviewed", "filings.review_rate", "filings.problems", "filings.correction_rate",
            "reviews.persons", "reviews.government", "reviews.judicial", "reviews.satisfaction_rate");

    private static final List<String> ALL_AND_DISTRICTS = List.of("ALL", "420101", "420102", "420103", "420104");
    private static final List<String> DISTRICTS = ALL_AND_DISTRICTS.subList(1, 5);

    /** The values of {@code metric} for 全市, 甲区, 乙区, 丙区, 丁区. */
    private void assertValues(String metric, String... expected) {
        assertColumn("value", ALL_AND_DISTRICTS, metric, expected);
    }

    /** The ranks of {@code metric} for 甲区, 乙区, 丙区, 丁区. */
    private void assertRanks(String metric, String... expected) {
        assertColumn("rank", DISTRICTS, metric, expected);
    }

    /** The year-on-year changes of {@code metric} for 全市, 甲区, 乙区, 丙区, 丁区. */
    private void assertYoy(String metric, String... expected) {
        assertColumn("yoy_change", ALL_AND_DISTRICTS, metric, expected);
    }

    private void assertColumn(String column, List<String> districts, String metric, String... expected) {
        assertThat(districts.stream().map(d -> stats.row(d, metric).get(column)).toList())
                .as(column + " of " + metric).containsExactly(expected);
    }
}
