package com.districtbulletin.validation;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A rule that looks at several cells of one row (data contract section 5). Each dataset's
 * rules are listed in {@link #of(Dataset)}; a rule is skipped when a cell it needs did not
 * parse, since that cell already has its own problem.
 */
@FunctionalInterface
public interface RowRule {

    void check(RowView row, Context context, List<Problem> problems);

    static List<RowRule> of(Dataset dataset) {
        return switch (dataset) {
            case MEETINGS -> List.of();
            case INSPECTIONS -> List.of(RowRule::endNotBeforeStart, RowRule::rectifiedNotAboveRaised);
            case APPOINTMENTS -> List.of(RowRule::meetingIsKnown);
            case SUGGESTIONS -> List.of(RowRule::outcomeMatchesStatus, RowRule::closedDateMatchesStatus,
                    RowRule::closedNotBeforeSubmitted);
        };
    }

    /** END_BEFORE_START: an inspection cannot end before it starts. */
    static void endNotBeforeStart(RowView row, Context context, List<Problem> problems) {
        LocalDate start = row.date("start_date");
        LocalDate end = row.date("end_date");
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(row.problem("end_date", ProblemCode.END_BEFORE_START, row.raw("start_date")));
        }
    }

    /** RECTIFIED_EXCEEDS_RAISED: no more issues rectified than raised. */
    static void rectifiedNotAboveRaised(RowView row, Context context, List<Problem> problems) {
        Long raised = row.integer("issues_raised");
        Long rectified = row.integer("issues_rectified");
        if (raised != null && rectified != null && rectified > raised) {
            problems.add(row.problem("issues_rectified", ProblemCode.RECTIFIED_EXCEEDS_RAISED, raised));
        }
    }

    /** UNKNOWN_MEETING: a named meeting must be among the district-year's accepted meetings, when there are any. */
    static void meetingIsKnown(RowView row, Context context, List<Problem> problems) {
        String meeting = row.text("meeting_id");
        if (meeting != null && context.knownMeetings() != null && !context.knownMeetings().contains(meeting)) {
            problems.add(row.problem("meeting_id", ProblemCode.UNKNOWN_MEETING));
        }
    }

    /** OUTCOME_REQUIRED / OUTCOME_NOT_ALLOWED: closed suggestions have an outcome, open ones none. */
    static void outcomeMatchesStatus(RowView row, Context context, List<Problem> problems) {
        String status = row.text("status");
        if ("closed".equals(status) && row.raw("outcome").isEmpty()) {
            problems.add(row.problem("outcome", ProblemCode.OUTCOME_REQUIRED));
        } else if ("in_progress".equals(status) && !row.raw("outcome").isEmpty()) {
            problems.add(row.problem("outcome", ProblemCode.OUTCOME_NOT_ALLOWED));
        }
    }

    /** CLOSED_DATE_REQUIRED / CLOSED_DATE_NOT_ALLOWED: closed suggestions have a closing date, open ones none. */
    static void closedDateMatchesStatus(RowView row, Context context, List<Problem> problems) {
        String status = row.text("status");
        if ("closed".equals(status) && row.raw("closed_date").isEmpty()) {
            problems.add(row.problem("closed_date", ProblemCode.CLOSED_DATE_REQUIRED));
        } else if ("in_progress".equals(status) && !row.raw("closed_date").isEmpty()) {
            problems.add(row.problem("closed_date", ProblemCode.CLOSED_DATE_NOT_ALLOWED));
        }
    }

    /** CLOSED_BEFORE_SUBMITTED: a suggestion cannot be closed before it was submitted. */
    static void closedNotBeforeSubmitted(RowView row, Context context, List<Problem> problems) {
        LocalDate submitted = row.date("submitted_date");
        LocalDate closed = row.date("closed_date");
        if (submitted != null && closed != null && closed.isBefore(submitted)) {
            problems.add(row.problem("closed_date", ProblemCode.CLOSED_BEFORE_SUBMITTED, row.raw("submitted_date")));
        }
    }

    /** What a rule may know beyond the row: the meeting ids of the district-year, or null when none were submitted. */
    record Context(Set<String> knownMeetings) {
    }

    /** A row's cells by column name, as parsed (null when empty without default, or not parsed). */
    record RowView(Dataset dataset, String[] raws, Object[] values, int line, String file) {

        String raw(String column) {
            return raws[dataset.indexOf(column)];
        }

        String text(String column) {
            return (String) values[dataset.indexOf(column)];
        }

        LocalDate date(String column) {
            return (LocalDate) values[dataset.indexOf(column)];
        }

        Long integer(String column) {
            return (Long) values[dataset.indexOf(column)];
        }

        /** A problem on {@code column}: its message gets the column, the cell, then {@code more}. */
        Problem problem(String column, ProblemCode code, Object... more) {
            Column c = dataset.columnNamed(column);
            Object[] args = new Object[2 + more.length];
            args[0] = c.displayName();
            args[1] = raw(column);
            System.arraycopy(more, 0, args, 2, more.length);
            return Problem.of(file, line, column, raw(column), code, args);
        }
    }
}
