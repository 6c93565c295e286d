package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Encodings, header styles and cell forms (data contract section 2), read by the real job: the
 * same content written in each of the ways a clerk may write it is stored alike.
 */
class InputFormatTest extends IngestTestBase {

    private static final String SIX_DISTRICTS = """
            区划代码,名称
            420101,一区
            420102,二区
            420103,三区
            420104,四区
            420105,五区
            420106,六区
            """;

    private static final String MEETINGS_BY_ROW = "SELECT m.meeting_id, m.meeting_type, m.meeting_date, m.reports_heard,"
            + " m.resolutions, m.opinions_issued, m.deputies_attending, m.topics FROM meetings m"
            + " JOIN submission s ON s.id = m.submission_id WHERE s.district_code = ? ORDER BY m.meeting_id";

    @Test
    void theSameMeetingsInEveryEncodingAndHeaderStyleAreStoredAlike() throws Exception {
        write("districts.csv", SIX_DISTRICTS);
        // UTF-8 without BOM, LF, canonical English headers, English codes, ISO dates
        write("420101_2024_meetings.csv", """
                meeting_id,meeting_type,meeting_date,reports_heard,resolutions,opinions_issued,deputies_attending,topics
                HY-01,standing_committee,2024-03-05,2,1,1,5,"预算调整方案,审计报告"
                HY-02,chairpersons,2024-04-15,0,0,0,0,"第一项
                第二项"
                HY-03,standing_committee,2024-12-31,12,3,2,15,
                """);
        // UTF-8 with BOM, CRLF (line breaks inside a cell stay LF, as Excel writes them), Chinese aliases and labels
        writeBytes("420102_2024_会议.csv", concat(BOM, ("会议编号,会议类型,会议日期,听取审议报告数,决议决定数,审议意见数,列席代表人数,主要议题\r\n"
                + "HY-01,常委会会议,2024/3/5,2,1,1,5,\"预算调整方案,审计报告\"\r\n"
                + "HY-02,主任会议,2024/4/15,0,0,0,0,\"第一项\n第二项\"\r\n"
                + "HY-03,常委会会议,2024/12/31,12,3,2,15,\r\n").getBytes(StandardCharsets.UTF_8)));
        // GB18030, CRLF, Chinese aliases in another order, Chinese dates
        write("2024/420103_2024_会议.csv", "主要议题,会议日期,会议编号,列席代表人数,会议类型,决议决定数,听取审议报告数,审议意见数\r\n"
                + "\"预算调整方案,审计报告\",2024年3月5日,HY-01,5,常委会会议,1,2,1\r\n"
                + "\"第一项\n第二项\",2024年4月15日,HY-02,0,主任会议,0,0,0\r\n"
                + ",2024年12月31日,HY-03,15,常委会会议,3,12,2\r\n", GB18030);
        // English headers in any case, cells padded with spaces and U+3000, blank lines before the header and between rows
        write("2024/a/b/420104_2024_meetings.csv", "\n  \n"
                + " Meeting_ID ,MEETING_TYPE,Meeting_Date,REPORTS_heard,Resolutions,opinions_ISSUED,Deputies_Attending,TOPICS\n"
                + "\n"
                + "  HY-01\u3000, standing_committee ,\u30002024-03-05 ,\u30002 ,1,1,5,\"预算调整方案,审计报告\"\u3000\n"
                + "\n\n"
                + "HY-02,\u3000chairpersons\u3000,2024-04-15,0,0,0,0,\"第一项\n第二项\"\n"
                + " \n"
                + "HY-03,standing_committee,2024-12-31,12,3,2,15, \u3000 \n"
                + "\n");
        // GB18030, full-width digits in dates and integers, the 年月日 form with one-digit month and day
        write("420105_2024_会议.csv", "会议编号,会议类型,会议日期,听取审议报告数,决议决定数,审议意见数,列席代表人数,主要议题\r\n"
                + "HY-01,常委会会议,２０２４年３月５日,２,１,１,５,\"预算调整方案,审计报告\"\r\n"
                + "HY-02,主任会议,2024年4月15日,０,0,０,0,\"第一项\n第二项\"\r\n"
                + "HY-03,常委会会议,２０２４年１２月３１日,１２,３,２,１５,\r\n", GB18030);
        // UTF-8 with BOM, CRLF, dotted dates, English codes in upper case, optional topics column left out
        writeBytes("420106_2024_meetings.csv", concat(BOM, ("meeting_id,meeting_type,meeting_date,reports_heard,"
                + "resolutions,opinions_issued,deputies_attending\r\n"
                + "HY-01,STANDING_COMMITTEE,2024.3.5,2,1,1,5\r\n"
                + "HY-02,Chairpersons,2024.04.15,0,0,0,0\r\n"
                + "HY-03,Standing_Committee,2024.12.31,12,3,2,15\r\n").getBytes(StandardCharsets.UTF_8)));

        run(2024);

        assertThat(report(2024)).isEmpty();
        List<Map<String, Object>> first = jdbc.queryForList(MEETINGS_BY_ROW, "420101");
        assertThat(first.toString()).isEqualTo("["
                + "{meeting_id=HY-01, meeting_type=standing_committee, meeting_date=2024-03-05, reports_heard=2,"
                + " resolutions=1, opinions_issued=1, deputies_attending=5, topics=预算调整方案,审计报告}, "
                + "{meeting_id=HY-02, meeting_type=chairpersons, meeting_date=2024-04-15, reports_heard=0,"
                + " resolutions=0, opinions_issued=0, deputies_attending=0, topics=第一项\n第二项}, "
                + "{meeting_id=HY-03, meeting_type=standing_committee, meeting_date=2024-12-31, reports_heard=12,"
                + " resolutions=3, opinions_issued=2, deputies_attending=15, topics=null}]");
        for (String district : List.of("420102", "420103", "420104", "420105")) {
            assertThat(jdbc.queryForList(MEETINGS_BY_ROW, district)).as(district).isEqualTo(first);
        }
        List<Map<String, Object>> withoutTopics = jdbc.queryForList(MEETINGS_BY_ROW, "420106");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> expected = new java.util.LinkedHashMap<>(first.get(i));
            expected.put("topics", null);
            assertThat(withoutTopics.get(i)).isEqualTo(expected);
        }
        assertThat(jdbc.queryForList("SELECT district_code || ' ' || encoding FROM submission ORDER BY district_code",
                String.class)).containsExactly("420101 UTF-8", "420102 UTF-8 BOM", "420103 GB18030",
                "420104 UTF-8", "420105 GB18030", "420106 UTF-8 BOM");
        // physical lines: blank lines counted, a quoted line break makes the record span two lines
        assertThat(lineNumbers("420101", "HY-01", "HY-02", "HY-03")).containsExactly(2, 3, 5);
        assertThat(lineNumbers("420104", "HY-01", "HY-02", "HY-03")).containsExactly(5, 8, 11);
    }

    @Test
    void quotedCellsAndThePhysicalLinesThatFollowFromThem() throws Exception {
        String text = MEETINGS_HEADER + "\r\n"                                                    // 1
                + "HY-01,主任会议,2024-03-05,1,1,1,1,\"议题一\n议题二\n议题三\"\r\n"                // 2-4
                + "HY-02,常委会,2024-03-05,1,1,1,1,\r\n"                                          // 5 BAD_ENUM
                + "\r\n"                                                                          // 6
                + "HY-03,主任会议,2024-03-05,1,1,1,1,\"他说\"\"好\"\",逗号,在此\"\r\n"               // 7
                + "HY-04,主任会议,2024-02-30,1,1,1,1,\"多行\r\n备注\"\r\n"                          // 8-9 BAD_DATE
                + "\"HY-05\",\"主任会议\",\"2024-03-05\",\"1\",1,1,1,\"\"\r\n"                     // 10
                + "HY-06,主任会议,2024-03-05\r\n"                                                 // 11 COLUMN_COUNT
                + "\"HY-07\n\",主任会议,2024-03-05,\"\n3\n\",1,1,1,x\r\n";                         // 12-14, trimmed
        write("420115_2024_meetings.csv", text);

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly(
                "5|meeting_type|常委会|BAD_ENUM",
                "8|meeting_date|2024-02-30|BAD_DATE",
                "11|||COLUMN_COUNT");
        assertThat(jdbc.queryForList("SELECT meeting_id || ' ' || line_no FROM meetings ORDER BY line_no", String.class))
                .containsExactly("HY-01 2", "HY-03 7", "HY-05 10", "HY-07 12");
        assertThat(jdbc.queryForObject("SELECT topics FROM meetings WHERE meeting_id = 'HY-01'", String.class))
                .isEqualTo("议题一\n议题二\n议题三");
        assertThat(jdbc.queryForObject("SELECT topics FROM meetings WHERE meeting_id = 'HY-03'", String.class))
                .isEqualTo("他说\"好\",逗号,在此");
        assertThat(jdbc.queryForObject("SELECT reports_heard FROM meetings WHERE meeting_id = 'HY-07'", Long.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT topics FROM meetings WHERE meeting_id = 'HY-05'", String.class))
                .as("an empty quoted cell is empty").isNull();
        assertThat(jdbc.queryForObject("SELECT cells FROM rejected_row WHERE line_no = 8", String.class))
                .isEqualTo("HY-04,主任会议,2024-02-30,1,1,1,1,\"多行\r\n备注\"");
    }

    @Test
    void textCellsAreStoredExactlyWhateverTheyContain() throws Exception {
        write("420115_2024_meetings.csv", lines(MEETINGS_HEADER,
                "HY-01,主任会议,2024-03-05,,,,,C:\\temp\\N 与 \\N",
                "HY-02,主任会议,2024-03-05,,,,,\"\"\"引号\"\"、逗号,和\t制表符\"",
                "HY-03,主任会议,2024-03-05,,,,,NULL"));

        run(2024);

        assertThat(report(2024)).isEmpty();
        assertThat(jdbc.queryForList("SELECT topics FROM meetings ORDER BY line_no", String.class))
                .containsExactly("C:\\temp\\N 与 \\N", "\"引号\"、逗号,和\t制表符", "NULL");
    }

    @Test
    void brokenQuotingRejectsRowsNotTheRun() throws Exception {
        write("420115_2024_meetings.csv", MEETINGS_HEADER + "\n"
                + "HY-01,主任会议,2024-03-05,,,,,他说\"好\"\n"            // 2: a quote inside an unquoted cell is text
                + "HY-02,主任会议,2024-03-05,,,,,\"引号\"之后\n"          // 3: text after a closing quote
                + "HY-03,主任会议,\"2024-03-05,,,,,\n"                   // 4: never closed: the rest of the
                + "HY-04,主任会议,2024-03-05,,,,,\n");                        //    file is one cell, too few cells
        write("420115_2024_inspections.csv", lines(INSPECTIONS_HEADER, INSPECTION_ROW));

        run(2024);

        assertThat(problems(2024, "420115_2024_meetings.csv")).containsExactly("4|||COLUMN_COUNT");
        assertThat(jdbc.queryForList("SELECT topics FROM meetings ORDER BY line_no", String.class))
                .containsExactly("他说\"好\"", "引号之后");
        assertThat(inForce("420115", 2024, "inspections")).isNotNull();
    }

    @Test
    void optionalColumnsMayBeLeftOutAndReadAsEmpty() throws Exception {
        write("420115_2024_inspections.csv", lines("subject,activity_id,start_date,activity_type",
                "《安全生产法》实施情况,JC-01,2024-04-01,执法检查"));
        write("420115_2024_appointments.csv", lines("position,organ,action,decision_date,record_id",
                "副区长,人民政府,任命,2024-03-05,RM-01"));
        write("420115_2024_suggestions.csv", lines("status,handling_unit,field,submitted_date,suggestion_id",
                "正在办理,区发改局,经济发展,2024-01-10,JY-01"));

        run(2024);

        assertThat(report(2024)).isEmpty();
        assertThat(jdbc.queryForMap("SELECT end_date, deputies_participating, issues_raised, issues_rectified"
                + " FROM inspections")).containsEntry("end_date", null).containsEntry("deputies_participating", 0L)
                .containsEntry("issues_raised", 0L).containsEntry("issues_rectified", 0L);
        assertThat(jdbc.queryForMap("SELECT person_name, meeting_id, law_exam, oath FROM appointments"))
                .containsEntry("person_name", null).containsEntry("meeting_id", null)
                .containsEntry("law_exam", false).containsEntry("oath", false);
        assertThat(jdbc.queryForMap("SELECT kind, key_supervised, outcome, satisfaction, closed_date FROM suggestions"))
                .containsEntry("kind", "suggestion").containsEntry("key_supervised", false)
                .containsEntry("outcome", null).containsEntry("satisfaction", null).containsEntry("closed_date", null);
    }

    @Test
    void everyDateBooleanAndEnumerationFormReachesTheDatabase() throws Exception {
        write("420115_2024_suggestions.csv", lines(
                "suggestion_id,submitted_date,key_supervised,kind,field,status,outcome,satisfaction,closed_date,handling_unit",
                "JY-01,2024-03-05,是,建议,经济发展,已办结,A,满意,2024-03-06,区发改局",
                "JY-02,2024/3/5,Y,suggestion,ECONOMY,Closed,a,SATISFIED,2024/3/6,区发改局",
                "JY-03,2024.3.5,yes,Motion,城建环保,CLOSED,B,基本满意,2024.3.6,区发改局",
                "JY-04,2024年3月5日,TRUE,议案,urban_environment,closed,b,Basically_Satisfied,2024年3月6日,区发改局",
                "JY-05,２０２４年３月５日,1,MOTION,教科文卫,已办结,C,不满意,２０２４年３月６日,区发改局",
                "JY-06,2024-3-05,否,建议,Education_Culture_Health,已办结,c,dissatisfied,2024-03-6,区发改局",
                "JY-07,2024/03/5,N,建议,农业农村,正在办理,,,,区发改局",
                "JY-08,２０２４.３.５,No,建议,社会建设,In_Progress,,满意,,区发改局",
                "JY-09,2024-03-05,FALSE,建议,监察司法,in_progress,,,,区发改局",
                "JY-10,２０２４-０３-０５,0,建议,Other,正在办理,,,,区发改局"));

        run(2024);

        assertThat(report(2024)).isEmpty();
        assertThat(jdbc.queryForList("SELECT DISTINCT submitted_date FROM suggestions", String.class))
                .containsExactly("2024-03-05");
        assertThat(jdbc.queryForList("SELECT closed_date FROM suggestions WHERE closed_date IS NOT NULL"
                + " GROUP BY closed_date", String.class)).containsExactly("2024-03-06");
        assertThat(jdbc.queryForList("SELECT suggestion_id || ' ' || CASE WHEN key_supervised THEN 'true' ELSE 'false' END || ' ' || kind || ' ' || field"
                + " || ' ' || status || ' ' || COALESCE(outcome, '-') || ' ' || COALESCE(satisfaction, '-')"
                + " FROM suggestions ORDER BY line_no", String.class)).containsExactly(
                "JY-01 true suggestion economy closed A satisfied",
                "JY-02 true suggestion economy closed A satisfied",
                "JY-03 true motion urban_environment closed B basically_satisfied",
                "JY-04 true motion urban_environment closed B basically_satisfied",
                "JY-05 true motion education_culture_health closed C dissatisfied",
                "JY-06 false suggestion education_culture_health closed C dissatisfied",
                "JY-07 false suggestion agriculture_rural in_progress - -",
                "JY-08 false suggestion social in_progress - satisfied",
                "JY-09 false suggestion supervision_judicial in_progress - -",
                "JY-10 false suggestion other in_progress - -");
    }

    private List<Integer> lineNumbers(String district, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> jdbc.queryForObject("SELECT m.line_no FROM meetings m"
                + " JOIN submission s ON s.id = m.submission_id WHERE s.district_code = ? AND m.meeting_id = ?",
                Integer.class, district, id)).toList();
    }
}
