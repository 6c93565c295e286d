package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Years of submissions from a whole municipality — more files than one ingest transaction
 * takes — read in one run, with appointments checked against the meetings of their own
 * district-year, and nothing read again on the next run.
 */
@Tag("database")
class ManyFilesTest extends IngestTestBase {

    private static final int DISTRICTS = 15;
    private static final int FIRST_YEAR = 2016;
    private static final int LAST_YEAR = 2024;

    @Test
    void nineYearsOfFifteenDistricts() throws Exception {
        StringBuilder registry = new StringBuilder("code,name\n");
        for (int d = 1; d <= DISTRICTS; d++) {
            registry.append(code(d)).append(",第").append(d).append("区\n");
        }
        write("districts.csv", registry.toString());
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int d = 1; d <= DISTRICTS; d++) {
                String prefix = year + "/" + code(d) + "_" + year + "_";
                write(prefix + "meetings.csv", lines(MEETINGS_HEADER,
                        "HY-" + d + ",常委会会议," + year + "-03-05,1,1,1,1,",
                        "HY-X," + "主任会议," + (year - 1) + "-12-30,1,1,1,1,"));           // OUT_OF_YEAR
                write(prefix + "inspections.csv", lines(INSPECTIONS_HEADER,
                        "JC-1,视察,调研," + year + "-04-01,,1,2,1"));
                write(prefix + "appointments.csv", lines(APPOINTMENTS_HEADER,
                        "RM-1," + year + "-03-05,任命,人民政府,局长,,HY-" + d + ",是,是",
                        "RM-2," + year + "-03-05,任命,人民政府,局长,,HY-" + (d + 1) + ",是,是")); // UNKNOWN_MEETING
                write(prefix + "suggestions.csv", lines(SUGGESTIONS_HEADER,
                        "JY-1,建议," + year + "-01-10,经济发展,区发改局,否,正在办理,,,"));
            }
        }
        int files = DISTRICTS * 4 * (LAST_YEAR - FIRST_YEAR + 1);

        run(LAST_YEAR);

        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'in_force'")).isEqualTo(files);
        assertThat(count("SELECT COUNT(*) FROM input_file")).isEqualTo(files);
        assertThat(count("SELECT COUNT(*) FROM appointments")).isEqualTo(files / 4);
        assertThat(report(LAST_YEAR)).hasSize(2 * DISTRICTS);
        assertThat(report(LAST_YEAR)).extracting(ReportRow::code).containsOnly("OUT_OF_YEAR", "UNKNOWN_MEETING");

        run(FIRST_YEAR);

        assertThat(count("SELECT COUNT(*) FROM submission")).as("nothing read again").isEqualTo(files);
        assertThat(report(FIRST_YEAR)).hasSize(2 * DISTRICTS);
    }

    private static String code(int district) {
        return String.format("4201%02d", district);
    }
}
