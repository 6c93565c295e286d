package com.districtbulletin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.dataset.Reference;
import com.districtbulletin.support.IngestTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Row rules (data contract sections 2, 3 and 5): every row-level code with rows that break it
 * and rows that keep it, in real files read by the real job. A rejected row is reported, kept in
 * rejected_row as written and left out of its dataset table; the rest of the file is accepted.
 */
class RowRulesTest extends IngestTestBase {

    private static final String M = "420115_2024_meetings.csv";
    private static final String I = "420115_2024_inspections.csv";
    private static final String A = "420115_2024_appointments.csv";
    private static final String S = "420115_2024_suggestions.csv";

    private static final String STATIONS_HEADER = "station_id,name,station_type,level,established_date,upgraded,"
            + "model_level,deputies_stationed";

    private static final String ACTIVITIES_HEADER = "activity_id,activity_type,activity_date,station_id,"
            + "deputies_participating,people_reached,opinions_collected,opinions_handled";

    /** An appointment that names no meeting, for files beside meetings whose ids differ. */
    private static final String APPOINTMENT = with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "meeting_id", "");

    /** The required columns as section 5 lists them. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "meetings", List.of("meeting_id", "meeting_type", "meeting_date"),
            "inspections", List.of("activity_id", "activity_type", "subject", "start_date"),
            "appointments", List.of("record_id", "decision_date", "action", "organ", "position"),
            "suggestions", List.of("suggestion_id", "submitted_date", "field", "handling_unit", "status"));

    @Test
    void required() throws Exception {
        Map<String, String[]> datasets = Map.of(
                "meetings", new String[] {MEETINGS_HEADER, MEETING_ROW},
                "inspections", new String[] {INSPECTIONS_HEADER, INSPECTION_ROW},
                "appointments", new String[] {APPOINTMENTS_HEADER, APPOINTMENT},
                "suggestions", new String[] {SUGGESTIONS_HEADER, SUGGESTION_ROW});
        List<String> expected = new ArrayList<>();
        for (var d : datasets.entrySet()) {
            String header = d.getValue()[0];
            String valid = d.getValue()[1];
            String idColumn = header.substring(0, header.indexOf(','));
            List<String> rows = new ArrayList<>();
            rows.add(header);
            int n = 0;
            for (String column : REQUIRED.get(d.getKey())) {
                n++;
                // an empty cell, or one of nothing but white space (U+3000 included), is empty
                String empty = n % 2 == 0 ? "" : " \u3000 ";
                rows.add(column.equals(idColumn) ? with(header, valid, column, empty)
                        : with(header, valid, idColumn, "ID-" + n, column, empty));
                expected.add(d.getKey() + "|" + (n + 1) + "|" + column + "||REQUIRED");
            }
            // every other column left empty: accepted (suggestions: in progress, so that outcome and closed_date may be empty)
            String allOptionalEmpty = valid;
            for (String column : header.split(",")) {
                if (!REQUIRED.get(d.getKey()).contains(column)) {
                    allOptionalEmpty = with(header, allOptionalEmpty, column, "");
                }
            }
            if (d.getKey().equals("suggestions")) {
                allOptionalEmpty = with(header, allOptionalEmpty, "status", "in_progress");
            }
            rows.add(with(header, allOptionalEmpty, idColumn, "OK-1"));
            write("420115_2024_" + d.getKey() + ".csv", lines(rows.toArray(String[]::new)));
        }

        run(2024);

        List<String> actual = new ArrayList<>();
        for (ReportRow r : report(2024)) {
            actual.add(r.file().replace("420115_2024_", "").replace(".csv", "") + "|" + r.line() + "|" + r.column()
                    + "|" + r.value() + "|" + r.code());
            assertThat(r.message()).contains("(" + r.column() + ")");
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        for (var d : datasets.entrySet()) {
            String idColumn = REQUIRED.get(d.getKey()).get(0);
            assertThat(jdbc.queryForList("SELECT " + idColumn + " FROM " + d.getKey(), String.class))
                    .as(d.getKey()).containsExactly("OK-1");
        }
        assertThat(count("SELECT COUNT(*) FROM rejected_row")).isEqualTo(17);
    }

    @Test
    void optionalCellsLeftEmptyTakeTheirDefaults() throws Exception {
        write(M, lines(MEETINGS_HEADER, "HY-01,主任会议,2024-03-05,,,,,"));
        write(A, lines(APPOINTMENTS_HEADER, "RM-01,2024-03-05,任命,人民政府,副区长,,,,"));
        write(S, lines(SUGGESTIONS_HEADER, "JY-01,,2024-01-10,其他,区民政局,,正在办理,,,"));

        run(2024);

        assertThat(report(2024)).isEmpty();
        assertThat(jdbc.queryForMap("SELECT reports_heard, resolutions, opinions_issued, deputies_attending, topics"
                + " FROM meetings")).containsEntry("reports_heard", 0L).containsEntry("resolutions", 0L)
                .containsEntry("opinions_issued", 0L).containsEntry("deputies_attending", 0L)
                .containsEntry("topics", null);
        assertThat(jdbc.queryForMap("SELECT person_name, meeting_id, law_exam, oath FROM appointments"))
                .containsEntry("person_name", null).containsEntry("meeting_id", null)
                .containsEntry("law_exam", false).containsEntry("oath", false);
        assertThat(jdbc.queryForMap("SELECT kind, key_supervised, outcome, satisfaction, closed_date FROM suggestions"))
                .containsEntry("kind", "suggestion").containsEntry("key_supervised", false)
                .containsEntry("outcome", null).containsEntry("satisfaction", null).containsEntry("closed_date", null);
    }

    @Test
    void badInteger() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01", "reports_heard", "-1"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02", "resolutions", "\"1,000\""),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-03", "opinions_issued", "约30"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-04", "deputies_attending", "3.0"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-05", "deputies_attending", "+3"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-06", "reports_heard", "１２", "resolutions", "0",
                        "opinions_issued", "", "deputies_attending", "007")));
        write(I, lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-01", "deputies_participating", "三十"),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-02", "issues_raised", "1e3"),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-03", "issues_rectified", "-0")));

        run(2024);

        assertThat(problems(2024, M)).containsExactly(
                "2|reports_heard|-1|BAD_INTEGER",
                "3|resolutions|1,000|BAD_INTEGER",
                "4|opinions_issued|约30|BAD_INTEGER",
                "5|deputies_attending|3.0|BAD_INTEGER",
                "6|deputies_attending|'+3|BAD_INTEGER"); // the report neutralises a leading +
        assertThat(problems(2024, I)).containsExactly(
                "|||NO_VALID_ROWS", // contract v2: no row of the file is valid, so it is rejected whole
                "2|deputies_participating|三十|BAD_INTEGER",
                "3|issues_raised|1e3|BAD_INTEGER",
                "4|issues_rectified|-0|BAD_INTEGER");
        assertThat(jdbc.queryForMap("SELECT meeting_id, reports_heard, resolutions, opinions_issued,"
                + " deputies_attending FROM meetings")).containsEntry("meeting_id", "HY-06")
                .containsEntry("reports_heard", 12L).containsEntry("resolutions", 0L)
                .containsEntry("opinions_issued", 0L).containsEntry("deputies_attending", 7L);
        assertThat(count("SELECT COUNT(*) FROM inspections")).isZero();
    }

    @Test
    void badDate() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01", "meeting_date", "2024-02-30"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02", "meeting_date", "2024/13/1"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-03", "meeting_date", "2024年3月5"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-04", "meeting_date", "\"March 5, 2024\""),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-05", "meeting_date", "2024-03-05 09:30"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-06", "meeting_date", "2024-02-29")));
        write(I, lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-01", "end_date", "2024.4.31"),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-02", "end_date", "2024.4.30")));
        write(S, lines(SUGGESTIONS_HEADER,
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-01", "closed_date", "2025年2月29日"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-02", "closed_date", "2025年2月28日")));

        run(2024);

        assertThat(problems(2024, M)).containsExactly(
                "2|meeting_date|2024-02-30|BAD_DATE",
                "3|meeting_date|2024/13/1|BAD_DATE",
                "4|meeting_date|2024年3月5|BAD_DATE",
                "5|meeting_date|March 5, 2024|BAD_DATE",
                "6|meeting_date|2024-03-05 09:30|BAD_DATE");
        assertThat(problems(2024, I)).containsExactly("2|end_date|2024.4.31|BAD_DATE");
        assertThat(problems(2024, S)).containsExactly("2|closed_date|2025年2月29日|BAD_DATE");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings", String.class)).containsExactly("HY-06");
        assertThat(jdbc.queryForList("SELECT activity_id FROM inspections", String.class)).containsExactly("JC-02");
        assertThat(jdbc.queryForList("SELECT suggestion_id FROM suggestions", String.class)).containsExactly("JY-02");
    }

    @Test
    void outOfYear() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01", "meeting_date", "2023-12-31"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02", "meeting_date", "2025年1月1日"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-03", "meeting_date", "2024-01-01"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-04", "meeting_date", "2024/12/31")));
        write(I, lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-01", "start_date", "2023.12.20",
                        "end_date", "2024.1.5"),
                // an inspection may end after the year: only start_date must fall in it
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-02", "start_date", "2024-12-20",
                        "end_date", "2025-01-05")));
        write(A, lines(APPOINTMENTS_HEADER,
                with(APPOINTMENTS_HEADER, APPOINTMENT, "record_id", "RM-01", "decision_date", "2023年12月7日"),
                with(APPOINTMENTS_HEADER, APPOINTMENT, "record_id", "RM-02", "decision_date", "2024年12月7日")));
        write(S, lines(SUGGESTIONS_HEADER,
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-01", "submitted_date", "2025-01-10",
                        "closed_date", "2025-05-01"),
                // a suggestion may be closed after the year
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-02", "submitted_date", "2024-12-10",
                        "closed_date", "2025-03-01")));

        run(2024);

        assertThat(problems(2024, M)).containsExactly(
                "2|meeting_date|2023-12-31|OUT_OF_YEAR",
                "3|meeting_date|2025年1月1日|OUT_OF_YEAR");
        assertThat(report(2024, M).get(0).message()).contains("2024");
        assertThat(problems(2024, I)).containsExactly("2|start_date|2023.12.20|OUT_OF_YEAR");
        assertThat(problems(2024, A)).containsExactly("2|decision_date|2023年12月7日|OUT_OF_YEAR");
        assertThat(problems(2024, S)).containsExactly("2|submitted_date|2025-01-10|OUT_OF_YEAR");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings ORDER BY line_no", String.class))
                .containsExactly("HY-03", "HY-04");
        assertThat(jdbc.queryForList("SELECT activity_id FROM inspections", String.class)).containsExactly("JC-02");
        assertThat(jdbc.queryForList("SELECT record_id FROM appointments", String.class)).containsExactly("RM-02");
        assertThat(jdbc.queryForList("SELECT suggestion_id FROM suggestions", String.class)).containsExactly("JY-02");
    }

    @Test
    void outOfYearFollowsTheYearOfTheFileName() throws Exception {
        write("420115_2023_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));

        run(2023);

        // contract v2: its only row is rejected, so the file is rejected whole (NO_VALID_ROWS)
        assertThat(problems(2023, "420115_2023_meetings.csv"))
                .containsExactly("|||NO_VALID_ROWS", "2|meeting_date|2024-03-05|OUT_OF_YEAR");
    }

    @Test
    void badEnum() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01", "meeting_type", "常委会"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02", "meeting_type", "主任会议")));
        write(I, lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-01", "activity_type", "调研"),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-02", "activity_type", "THEMATIC_RESEARCH")));
        write(A, lines(APPOINTMENTS_HEADER,
                with(APPOINTMENTS_HEADER, APPOINTMENT, "record_id", "RM-01", "action", "任职"),
                with(APPOINTMENTS_HEADER, APPOINTMENT, "record_id", "RM-02", "organ", "区政府"),
                // a boolean outside the forms of section 2 is reported as BAD_ENUM
                with(APPOINTMENTS_HEADER, APPOINTMENT, "record_id", "RM-03", "oath", "已宣誓"),
                with(APPOINTMENTS_HEADER, APPOINTMENT, "record_id", "RM-04", "action", "接受辞职", "organ", "其他",
                        "law_exam", "否", "oath", "No")));
        write(S, lines(SUGGESTIONS_HEADER,
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-01", "kind", "提案"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-02", "field", "城市建设"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-03", "status", "已完成"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-04", "outcome", "D"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-05", "satisfaction", "很满意"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-06", "key_supervised", "是的"),
                with(SUGGESTIONS_HEADER, SUGGESTION_ROW, "suggestion_id", "JY-07", "kind", "议案", "field", "城建环保",
                        "status", "已办结", "outcome", "b", "satisfaction", "基本满意", "key_supervised", "是")));

        run(2024);

        assertThat(problems(2024, M)).containsExactly("2|meeting_type|常委会|BAD_ENUM");
        assertThat(report(2024, M).get(0).message()).as("the message lists the allowed values")
                .contains("常委会会议").contains("主任会议");
        assertThat(problems(2024, I)).containsExactly("2|activity_type|调研|BAD_ENUM");
        assertThat(problems(2024, A)).containsExactly(
                "2|action|任职|BAD_ENUM",
                "3|organ|区政府|BAD_ENUM",
                "4|oath|已宣誓|BAD_ENUM");
        assertThat(problems(2024, S)).containsExactly(
                "2|kind|提案|BAD_ENUM",
                "3|field|城市建设|BAD_ENUM",
                "4|status|已完成|BAD_ENUM",
                "5|outcome|D|BAD_ENUM",
                "6|satisfaction|很满意|BAD_ENUM",
                "7|key_supervised|是的|BAD_ENUM");
        assertThat(jdbc.queryForMap("SELECT meeting_id, meeting_type FROM meetings"))
                .containsEntry("meeting_id", "HY-02").containsEntry("meeting_type", "chairpersons");
        assertThat(jdbc.queryForMap("SELECT activity_type FROM inspections"))
                .containsEntry("activity_type", "thematic_research");
        assertThat(jdbc.queryForMap("SELECT record_id, action, organ, law_exam, oath FROM appointments"))
                .containsEntry("record_id", "RM-04").containsEntry("action", "accept_resignation")
                .containsEntry("organ", "other").containsEntry("law_exam", false).containsEntry("oath", false);
        assertThat(jdbc.queryForMap("SELECT suggestion_id, kind, field, status, outcome, satisfaction, key_supervised"
                + " FROM suggestions")).containsEntry("suggestion_id", "JY-07").containsEntry("kind", "motion")
                .containsEntry("field", "urban_environment").containsEntry("status", "closed")
                .containsEntry("outcome", "B").containsEntry("satisfaction", "basically_satisfied")
                .containsEntry("key_supervised", true);
    }

    @Test
    void duplicateIdRejectsEveryRowWithTheId() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01"),                              // 2
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02"),                              // 3
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01", "meeting_date", "2024-02-30"), // 4
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", " HY-01\u3000"),                       // 5 trimmed: HY-01
                MEETING_ROW.replace("HY-01", "HY-02") + ",多出的单元格",                                  // 6 COLUMN_COUNT only
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-03")));                            // 7

        run(2024);

        assertThat(problems(2024, M)).containsExactly(
                "2|meeting_id|HY-01|DUPLICATE_ID",
                "4|meeting_date|2024-02-30|BAD_DATE",
                "4|meeting_id|HY-01|DUPLICATE_ID",
                "5|meeting_id|HY-01|DUPLICATE_ID",
                "6|||COLUMN_COUNT");
        assertThat(report(2024, M).get(0).message()).contains("HY-01");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings ORDER BY line_no", String.class))
                .containsExactly("HY-02", "HY-03");
        assertThat(jdbc.queryForList("SELECT line_no FROM rejected_row ORDER BY line_no", Integer.class))
                .containsExactly(2, 4, 5, 6);
        assertThat(jdbc.queryForMap("SELECT rows_accepted, rows_rejected FROM submission"))
                .containsEntry("rows_accepted", 2).containsEntry("rows_rejected", 4);
    }

    @Test
    void uniqueIdsInEveryDatasetAreAccepted() throws Exception {
        write(I, lines(INSPECTIONS_HEADER, INSPECTION_ROW, INSPECTION_ROW.replace("JC-01", "JC-1"),
                INSPECTION_ROW.replace("JC-01", "JC-01a")));
        write(S, lines(SUGGESTIONS_HEADER, SUGGESTION_ROW, SUGGESTION_ROW.replace("JY-01", "JY-02"),
                SUGGESTION_ROW.replace("JY-01", "JY-01"), SUGGESTION_ROW.replace("JY-01", "JY-03")));

        run(2024);

        assertThat(problems(2024, I)).isEmpty();
        assertThat(problems(2024, S)).containsExactly(
                "2|suggestion_id|JY-01|DUPLICATE_ID",
                "4|suggestion_id|JY-01|DUPLICATE_ID");
        assertThat(count("SELECT COUNT(*) FROM inspections")).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT suggestion_id FROM suggestions ORDER BY line_no", String.class))
                .containsExactly("JY-02", "JY-03");
    }

    @Test
    void columnCountAloneWhateverElseIsWrongWithTheRow() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                "HY-01,常委会,2024-02-30,-1,1,1,5,预算,多余",   // 9 cells: COLUMN_COUNT only, despite the bad cells
                "HY-02,主任会议,2024-03-05",                   // 3 cells
                "HY-03,主任会议,2024-03-05,1,1,1,1,\"预算,决算\"", // 8 cells, one quoted comma: fine
                "HY-04,主任会议,2024-03-05,,,,,",                // 8 cells, trailing ones empty: fine
                "HY-01,主任会议,2024-03-05,1,1,1,1,"));          // HY-01 again: the COLUMN_COUNT row does not count

        run(2024);

        assertThat(problems(2024, M)).containsExactly("2|||COLUMN_COUNT", "3|||COLUMN_COUNT");
        assertThat(report(2024, M).get(0).message()).contains("9").contains("8");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings ORDER BY line_no", String.class))
                .containsExactly("HY-03", "HY-04", "HY-01");
        assertThat(jdbc.queryForList("SELECT cells FROM rejected_row ORDER BY line_no", String.class))
                .as("a rejected row is kept as the clerk wrote it")
                .containsExactly("HY-01,常委会,2024-02-30,-1,1,1,5,预算,多余", "HY-02,主任会议,2024-03-05");
    }

    @Test
    void endBeforeStart() throws Exception {
        write(I, lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-01", "start_date", "2024-04-10",
                        "end_date", "2024-04-09"),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-02", "start_date", "2024-04-10",
                        "end_date", "2024年4月1日"),                       // compared as dates, whatever the form
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-03", "start_date", "2024-04-10",
                        "end_date", "2024/4/10"),                        // same day
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-04", "start_date", "2024-04-10",
                        "end_date", ""),                                 // optional
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-05", "start_date", "2024-04-10",
                        "end_date", "2024.4.11")));

        run(2024);

        assertThat(problems(2024, I)).containsExactly(
                "2|end_date|2024-04-09|END_BEFORE_START",
                "3|end_date|2024年4月1日|END_BEFORE_START");
        assertThat(report(2024, I).get(0).message()).contains("2024-04-10");
        assertThat(jdbc.queryForList("SELECT activity_id FROM inspections ORDER BY line_no", String.class))
                .containsExactly("JC-03", "JC-04", "JC-05");
    }

    @Test
    void rectifiedExceedsRaised() throws Exception {
        write(I, lines(INSPECTIONS_HEADER,
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-01", "issues_raised", "5",
                        "issues_rectified", "6"),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-02", "issues_raised", "",
                        "issues_rectified", "1"),                        // raised defaults to 0
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-03", "issues_raised", "5",
                        "issues_rectified", "５"),                       // equal
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-04", "issues_raised", "5",
                        "issues_rectified", ""),
                with(INSPECTIONS_HEADER, INSPECTION_ROW, "activity_id", "JC-05", "issues_raised", "",
                        "issues_rectified", "")));

        run(2024);

        assertThat(problems(2024, I)).containsExactly(
                "2|issues_rectified|6|RECTIFIED_EXCEEDS_RAISED",
                "3|issues_rectified|1|RECTIFIED_EXCEEDS_RAISED");
        assertThat(jdbc.queryForList("SELECT activity_id FROM inspections ORDER BY line_no", String.class))
                .containsExactly("JC-03", "JC-04", "JC-05");
    }

    @Test
    void outcomeAndClosedDateFollowTheStatus() throws Exception {
        String h = SUGGESTIONS_HEADER;
        write(S, lines(h,
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-01", "status", "closed", "outcome", "",
                        "closed_date", "2024-05-01"),
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-02", "status", "in_progress", "outcome", "B",
                        "closed_date", ""),
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-03", "status", "已办结", "outcome", "A",
                        "closed_date", ""),
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-04", "status", "正在办理", "outcome", "",
                        "closed_date", "2024-06-01"),
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-05", "status", "closed", "outcome", "A",
                        "submitted_date", "2024-03-10", "closed_date", "2024-03-09"),
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-06", "status", "closed", "outcome", "C",
                        "submitted_date", "2024-03-10", "closed_date", "2024年3月10日"),   // same day
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-07", "status", "in_progress", "outcome", "",
                        "satisfaction", "", "closed_date", ""),
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-08", "status", "CLOSED", "outcome", "b",
                        "closed_date", "2025-02-01"),                                   // closed after the year
                with(h, SUGGESTION_ROW, "suggestion_id", "JY-09", "status", "已办结", "outcome", "",
                        "closed_date", "")));

        run(2024);

        assertThat(problems(2024, S)).containsExactly(
                "2|outcome||OUTCOME_REQUIRED",
                "3|outcome|B|OUTCOME_NOT_ALLOWED",
                "4|closed_date||CLOSED_DATE_REQUIRED",
                "5|closed_date|2024-06-01|CLOSED_DATE_NOT_ALLOWED",
                "6|closed_date|2024-03-09|CLOSED_BEFORE_SUBMITTED",
                "10|outcome||OUTCOME_REQUIRED",
                "10|closed_date||CLOSED_DATE_REQUIRED");
        assertThat(report(2024, S)).filteredOn(r -> r.code().equals("CLOSED_BEFORE_SUBMITTED"))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("2024-03-10"));
        assertThat(jdbc.queryForList("SELECT suggestion_id FROM suggestions ORDER BY line_no", String.class))
                .containsExactly("JY-06", "JY-07", "JY-08");
        assertThat(count("SELECT COUNT(*) FROM rejected_row")).isEqualTo(6);
    }

    @Test
    void unknownMeeting() throws Exception {
        write(M, lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-01"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02"),
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-03", "meeting_date", "2024-02-30"))); // rejected
        write("420115_2023_meetings.csv", lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY2023-08", "meeting_date", "2023-11-20")));
        write(A, lines(APPOINTMENTS_HEADER,
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-01", "meeting_id", "HY-01"),
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-02", "meeting_id", "HY-99"),
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-03", "meeting_id", ""),
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-04", "meeting_id", " HY-02 "),
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-05", "meeting_id", "HY-03"),
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-06", "meeting_id", "HY2023-08")));
        // 420102 has no meetings submission for 2024: its meeting ids cannot be checked
        write("420102_2024_appointments.csv", lines(APPOINTMENTS_HEADER,
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-01", "meeting_id", "HY-99")));

        run(2024);

        // contract v2: ids are compared with every row of the meetings file, accepted or rejected,
        // so HY-03, whose own row was rejected, is a known meeting
        assertThat(problems(2024, A)).containsExactly(
                "3|meeting_id|HY-99|UNKNOWN_MEETING",
                "7|meeting_id|HY2023-08|UNKNOWN_MEETING"); // a meeting of another year
        assertThat(problems(2024, "420102_2024_appointments.csv")).isEmpty();
        assertThat(jdbc.queryForList("SELECT a.record_id FROM appointments a JOIN submission s"
                + " ON s.id = a.submission_id WHERE s.district_code = '420115' ORDER BY a.line_no", String.class))
                .containsExactly("RM-01", "RM-03", "RM-04", "RM-05");
        assertThat(count("SELECT COUNT(*) FROM appointments a JOIN submission s ON s.id = a.submission_id"
                + " WHERE s.district_code = '420102'")).isEqualTo(1);
    }

    @Test
    void meetingIdsAreCheckedOnceTheDistrictYearHasMeetings() throws Exception {
        write("420102_2024_appointments.csv", lines(APPOINTMENTS_HEADER,
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-01", "meeting_id", "HY-01"),
                with(APPOINTMENTS_HEADER, APPOINTMENT_ROW, "record_id", "RM-02", "meeting_id", "HY-99")));
        run(2024);
        assertThat(problems(2024, "420102_2024_appointments.csv")).isEmpty();

        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        run(2024);

        // the report describes the current state: the appointments now have meetings to be checked against
        assertThat(problems(2024, "420102_2024_appointments.csv")).containsExactly(
                "3|meeting_id|HY-99|UNKNOWN_MEETING");
        Long appointments = inForce("420102", 2024, "appointments");
        assertThat(jdbc.queryForList("SELECT record_id FROM appointments WHERE submission_id = ?", String.class,
                appointments)).containsExactly("RM-01");

        // a correction of the meetings that leaves the appointments' fate as it was: no new version of them
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02", "topics", "补报的会议")));
        run(2024);
        assertThat(inForce("420102", 2024, "appointments")).isEqualTo(appointments);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE dataset = 'appointments'")).isEqualTo(2);
        assertThat(problems(2024, "420102_2024_appointments.csv")).containsExactly(
                "3|meeting_id|HY-99|UNKNOWN_MEETING");

        // one that adds the meeting HY-99 names: a new version, both rows in force
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-99")));
        run(2024);
        assertThat(inForce("420102", 2024, "appointments")).isNotEqualTo(appointments);
        assertThat(problems(2024, "420102_2024_appointments.csv")).isEmpty();
    }

    @Test
    void aRowWithSeveralReasonsGivesOneReportRowForEach() throws Exception {
        write(S, lines(SUGGESTIONS_HEADER,
                "JY-01,建议,2024-02-30,城市建设,\u3000,也许,已办结,,,",
                SUGGESTION_ROW.replace("JY-01", "JY-02")));

        run(2024);

        assertThat(problems(2024, S)).containsExactlyInAnyOrder(
                "2|submitted_date|2024-02-30|BAD_DATE",
                "2|field|城市建设|BAD_ENUM",
                "2|handling_unit||REQUIRED",
                "2|key_supervised|也许|BAD_ENUM",
                "2|outcome||OUTCOME_REQUIRED",
                "2|closed_date||CLOSED_DATE_REQUIRED");
        assertThat(count("SELECT COUNT(*) FROM rejected_row")).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT rows_accepted, rows_rejected FROM submission"))
                .containsEntry("rows_accepted", 1).containsEntry("rows_rejected", 1);
        assertThat(jdbc.queryForList("SELECT suggestion_id FROM suggestions", String.class)).containsExactly("JY-02");
    }

    @Test
    void afterYear() throws Exception {
        write("420115_2024_stations.csv", lines(STATIONS_HEADER,
                "ZD-01,甲站,代表之家,乡镇街道,2025-01-01,否,,10",
                "ZD-02,乙站,代表联络站,,2024-12-31,否,,10",          // the year's last day
                "ZD-03,丙站,liaison_station,,2019年5月1日,是,省级,3", // an earlier year: an old station
                "ZD-04,丁站,网上联络站,,,,,"));                        // no date at all

        run(2024);

        assertThat(problems(2024, "420115_2024_stations.csv")).containsExactly("2|established_date|2025-01-01|AFTER_YEAR");
        assertThat(report(2024, "420115_2024_stations.csv").get(0).message()).contains("2024").contains("建成日期");
        assertThat(jdbc.queryForList("SELECT station_id FROM stations ORDER BY line_no", String.class))
                .containsExactly("ZD-02", "ZD-03", "ZD-04");
    }

    @Test
    void handledExceedsCollected() throws Exception {
        write("420115_2024_deputy_activities.csv", lines(ACTIVITIES_HEADER,
                "DB-01,进站接待,2024-03-01,,3,20,5,6",
                "DB-02,进站接待,2024-03-02,,3,20,,1",       // collected defaults to 0
                "DB-03,进站接待,2024-03-03,,3,20,5,5",      // equal
                "DB-04,联系群众,2024-03-04,,3,20,5,",       // handled defaults to 0
                "DB-05,代表小组活动,2024-03-05,,,,,"));

        run(2024);

        assertThat(problems(2024, "420115_2024_deputy_activities.csv")).containsExactly(
                "2|opinions_handled|6|HANDLED_EXCEEDS_COLLECTED",
                "3|opinions_handled|1|HANDLED_EXCEEDS_COLLECTED");
        assertThat(report(2024, "420115_2024_deputy_activities.csv").get(0).message()).contains("（5）");
        assertThat(jdbc.queryForList("SELECT activity_id FROM deputy_activities ORDER BY line_no", String.class))
                .containsExactly("DB-03", "DB-04", "DB-05");
    }

    /**
     * UNKNOWN_STATION as the row checker applies the declared reference, given the station ids of
     * the district-year (the ingest step hands them over per reference), or none when the
     * district-year has no stations submission in force.
     */
    @Test
    void unknownStation() {
        Dataset activities = Dataset.DEPUTY_ACTIVITIES;
        Reference toStations = activities.references().get(0);
        assertThat(toStations).isEqualTo(new Reference("station_id", "stations", "UNKNOWN_STATION"));
        HeaderMap header = HeaderMap.read(activities, List.of(ACTIVITIES_HEADER.split(",")), "a.csv", 1);
        RowChecker checked = new RowChecker(header, 2024, "a.csv", Map.of(toStations, Set.of("ZD-01", "ZD-02")));
        RowChecker unchecked = new RowChecker(header, 2024, "a.csv", Map.of());

        List<String> unknown = List.of("DB-01", "进站接待", "2024-03-01", "ZD-99", "3", "20", "5", "5");
        List<String> known = List.of("DB-02", "进站接待", "2024-03-01", " ZD-02 ", "3", "20", "5", "5");
        List<String> none = List.of("DB-03", "联系群众", "2024-03-01", "", "3", "20", "5", "5");

        assertThat(checked.check(unknown, 2).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_STATION);
            assertThat(p.column()).isEqualTo("station_id");
            assertThat(p.value()).isEqualTo("ZD-99");
            assertThat(p.message()).contains("站点编号").contains("ZD-99");
        });
        assertThat(checked.check(known, 3).accepted()).isTrue();
        assertThat(checked.check(none, 4).accepted()).isTrue();
        assertThat(unchecked.check(unknown, 2).accepted()).isTrue();
    }

    /** UNKNOWN_STATION through the job: the ingest follows the declared reference as it does for meetings. */
    @Test
    void unknownStationThroughTheJob() throws Exception {
        write("420115_2024_联络站点.csv", lines("station_id,name,station_type",
                "ZD-01,江夏区代表之家,代表之家",
                "ZD-02,纸坊街道代表联络站,2024-02-30")); // rejected for its type, still a station that may be named
        write("420115_2024_代表活动.csv", lines(ACTIVITIES_HEADER,
                "DB-01,进站接待,2024-03-01,ZD-99,3,20,5,5",
                "DB-02,进站接待,2024-03-01,ZD-02,3,20,5,5",
                "DB-03,联系群众,2024-03-01,,3,20,5,5"));
        // 420102 has no stations submission: its station ids cannot be checked
        write("420102_2024_代表活动.csv", lines(ACTIVITIES_HEADER, "DB-01,进站接待,2024-03-01,ZD-99,3,20,5,5"));

        run(2024);

        assertThat(problems(2024, "420115_2024_代表活动.csv")).containsExactly("2|station_id|ZD-99|UNKNOWN_STATION");
        assertThat(problems(2024, "420102_2024_代表活动.csv")).isEmpty();
    }

    @Test
    void completedDateFollowsTheStatusAndIsNotBeforeTheVote() throws Exception {
        String file = "420115_2024_民生实事.csv";
        write(file, lines("project_id,name,vote_date,status,completed_date,evaluation",
                "MS-01,加装电梯,2024-01-10,已完成,,满意",
                "MS-02,背街小巷改造,2024-01-10,按进度推进,2024-05-01,",
                "MS-03,农贸市场改造,2024-01-10,delayed,2024-05-01,",
                "MS-04,口袋公园,2024-03-10,completed,2024-03-09,",
                "MS-05,学校扩容,2024-03-10,completed,2024年3月10日,基本满意", // the day of the vote
                "MS-06,养老食堂,2024-03-10,已完成,2025-02-01,",                  // completed after the year
                "MS-07,停车场,2024-03-10,按进度推进,,",
                "MS-08,公交线路,2024-03-10,滞后,,不满意"));

        run(2024);

        assertThat(problems(2024, file)).containsExactly(
                "2|completed_date||COMPLETED_DATE_REQUIRED",
                "3|completed_date|2024-05-01|COMPLETED_DATE_NOT_ALLOWED",
                "4|completed_date|2024-05-01|COMPLETED_DATE_NOT_ALLOWED",
                "5|completed_date|2024-03-09|COMPLETED_BEFORE_VOTE");
        assertThat(report(2024, file).get(1).message()).contains("按进度推进");
        assertThat(report(2024, file).get(2).message()).contains("滞后");
        assertThat(report(2024, file).get(3).message()).contains("2024-03-10");
        assertThat(jdbc.queryForList("SELECT project_id FROM livelihood_projects ORDER BY line_no", String.class))
                .containsExactly("MS-05", "MS-06", "MS-07", "MS-08");
        assertThat(jdbc.queryForList("SELECT DISTINCT vote_level FROM livelihood_projects", String.class))
                .containsExactly("district_congress");
    }

    @Test
    void petitionsReceivedInTheYearOrEarlierWhenBacklog() throws Exception {
        String file = "420115_2024_petitions.csv";
        write(file, lines("petition_id,received_date,form,persons,backlog,handling,status",
                "XF-01,2023-12-01,来信,,否,,",
                "XF-02,2023-12-01,来信,,是,,",        // a backlog case may be older
                "XF-03,2025-01-02,来信,,是,,",        // but never after the year
                "XF-04,2025-01-02,来信,,否,,",        // not a backlog case: OUT_OF_YEAR only
                "XF-05,2023-12-01,来信,,也许,,",      // not a boolean: reads as 否 for the date
                "XF-06,2024-01-01,来访,3,,,"));

        run(2024);

        assertThat(problems(2024, file)).containsExactlyInAnyOrder(
                "2|received_date|2023-12-01|OUT_OF_YEAR",
                "4|received_date|2025-01-02|AFTER_YEAR",
                "5|received_date|2025-01-02|OUT_OF_YEAR",
                "6|backlog|也许|BAD_ENUM",
                "6|received_date|2023-12-01|OUT_OF_YEAR");
        assertThat(report(2024, file)).filteredOn(r -> r.code().equals("AFTER_YEAR")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("2024"));
        assertThat(jdbc.queryForList("SELECT petition_id FROM petitions ORDER BY line_no", String.class))
                .containsExactly("XF-02", "XF-06");
        assertThat(jdbc.queryForList("SELECT persons FROM petitions ORDER BY line_no", Long.class))
                .containsExactly(1L, 3L);
    }

    @Test
    void statusOnlyWithAHandling() throws Exception {
        String file = "420115_2024_信访.csv";
        write(file, lines("petition_id,received_date,form,handling,status",
                "XF-01,2024-03-01,来访,,已化解",
                "XF-02,2024-03-01,visit,referred,resolved",
                "XF-03,2024-03-01,网上信访,转交办,",
                "XF-04,2024-03-01,来信,转办,已化解",        // the handling has its own problem
                "XF-05,2024-03-01,领导接访,,"));

        run(2024);

        assertThat(problems(2024, file)).containsExactly(
                "2|status|已化解|STATUS_WITHOUT_HANDLING",
                "5|handling|转办|BAD_ENUM");
        assertThat(report(2024, file).get(0).message()).contains("处理方式");
        assertThat(jdbc.queryForList("SELECT petition_id FROM petitions ORDER BY line_no", String.class))
                .containsExactly("XF-02", "XF-03", "XF-05");
    }

    @Test
    void correctedOnlyWhenAProblemWasFound() throws Exception {
        String file = "420115_2024_filings.csv";
        write(file, lines("filing_id,title,issuer,filed_date,reviewed,problem_found,corrected",
                "BA-01,规定一,人民政府,2024-03-01,是,否,是",
                "BA-02,规定二,人民政府,2024-03-01,是,,是",       // problem_found defaults to 否
                "BA-03,规定三,government,2024-03-01,Y,Y,Y",
                "BA-04,规定四,court,2024-03-01,是,否,否",
                "BA-05,规定五,乡镇人大,2024-03-01,,,",
                "BA-06,规定六,其他,2024-03-01,是,可能,是"));   // problem_found has its own problem

        run(2024);

        assertThat(problems(2024, file)).containsExactly(
                "2|corrected|是|CORRECTED_WITHOUT_PROBLEM",
                "3|corrected|是|CORRECTED_WITHOUT_PROBLEM",
                "7|problem_found|可能|BAD_ENUM");
        assertThat(report(2024, file).get(0).message()).contains("发现问题");
        assertThat(jdbc.queryForList("SELECT filing_id FROM filings ORDER BY line_no", String.class))
                .containsExactly("BA-03", "BA-04", "BA-05");
        assertThat(jdbc.queryForMap("SELECT reviewed, problem_found, corrected FROM filings WHERE filing_id = 'BA-05'"))
                .containsEntry("reviewed", true).containsEntry("problem_found", false).containsEntry("corrected", false);
    }
}
