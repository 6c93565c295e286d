package com.districtbulletin.bulletin.data;

import java.util.List;

/**
 * What the rows of the year's submissions in force say beyond the metrics, for the bulletin's
 * prose: the subjects of the law-enforcement inspections and special inquiries, suggestions by
 * 领域 and by 承办单位, appointments by 机关 and the law-exam and oath counts.
 *
 * @param inspectionSubjects 执法检查 subjects, most districts first
 * @param inquirySubjects    专题询问 subjects, most districts first
 * @param suggestionFields   suggestions per 领域 (label), in the contract's order of the 领域
 * @param handlingUnits      suggestions per 承办单位, most suggestions first
 * @param appointmentOrgans  任免 records (接受辞职 excepted) per 机关, in the contract's order
 * @param appointed          appointed records (任命, 决定任命, 批准任命); null without any appointments submission
 */
public record RowDetails(List<Subject> inspectionSubjects, List<Subject> inquirySubjects,
                         List<Count> suggestionFields, List<Unit> handlingUnits, List<Count> appointmentOrgans,
                         Integer appointed, int lawExams, int oaths) {

    public static final RowDetails NONE = new RowDetails(List.of(), List.of(), List.of(), List.of(), List.of(), null,
            0, 0);

    /** A subject and the number of districts that took it up. */
    public record Subject(String subject, int districts) {
    }

    /** A label (领域, 机关) and its count. */
    public record Count(String label, int count) {
    }

    /**
     * A 承办单位: its suggestions, and of those with the deputies' feedback, how many were 满意 or
     * 基本满意.
     */
    public record Unit(String name, int suggestions, int withFeedback, int satisfied) {
    }
}
