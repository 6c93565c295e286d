package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.RowDetails;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Fraction;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The substance of a dataset's rows in a few sentences, after its tables: the laws and subjects of
 * the 执法检查 and 专题询问, suggestions by 领域 and 承办单位, appointments by 机关 and the law-exam
 * and oath counts. Shares are given with their counts; 全部/均 only when every record qualifies.
 */
final class DetailsWriter {

    /** Subjects listed by name; beyond, "等N项". */
    static final int SUBJECTS_LISTED = 10;
    /** Units named for the most suggestions. */
    static final int UNITS_LISTED = 3;
    /** A unit's satisfaction is compared only when at least this many of its suggestions have the deputies' feedback. */
    static final int FEEDBACK_FOR_SATISFACTION = 5;

    private final Composition c;
    private final RowDetails details;

    DetailsWriter(Composition c) {
        this.c = c;
        this.details = c.data.details();
    }

    void write(Dataset dataset) {
        for (String paragraph : paragraphs(details, dataset)) {
            c.paragraph(paragraph);
        }
    }

    static List<String> paragraphs(RowDetails details, Dataset dataset) {
        List<String> paragraphs = new ArrayList<>();
        switch (dataset) {
            case INSPECTIONS -> {
                subjects(details.inspectionSubjects(), "bulletin.details.inspections", paragraphs);
                subjects(details.inquirySubjects(), "bulletin.details.inquiries", paragraphs);
            }
            case APPOINTMENTS -> appointments(details, paragraphs);
            case SUGGESTIONS -> suggestions(details, paragraphs);
            default -> {
            }
        }
        return paragraphs;
    }

    private static void subjects(List<RowDetails.Subject> subjects, String key, List<String> paragraphs) {
        if (subjects.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (RowDetails.Subject s : subjects.subList(0, Math.min(SUBJECTS_LISTED, subjects.size()))) {
            named.add(s.districts() > 1 ? Chinese.text("bulletin.details.subjectInDistricts", s.subject(),
                    s.districts()) : s.subject());
        }
        String list = String.join(Chinese.text("bulletin.summary.nameSeparator"), named);
        if (subjects.size() > SUBJECTS_LISTED) {
            list = Chinese.text("bulletin.details.andMore", list, subjects.size());
        }
        paragraphs.add(Chinese.text(key, subjects.size(), list));
    }

    private static void appointments(RowDetails details, List<String> paragraphs) {
        if (!details.appointmentOrgans().isEmpty()) {
            List<RowDetails.Count> organs = new ArrayList<>(details.appointmentOrgans());
            organs.sort(Comparator.comparingInt(RowDetails.Count::count).reversed());
            List<String> parts = new ArrayList<>();
            for (RowDetails.Count o : organs) {
                parts.add(Chinese.text("bulletin.details.organ", o.label(), o.count()));
            }
            paragraphs.add(Chinese.text("bulletin.details.organs",
                    String.join(Chinese.text("bulletin.summary.nameSeparator"), parts)));
        }
        Integer appointed = details.appointed();
        if (appointed == null || appointed == 0) {
            return;
        }
        paragraphs.add(Chinese.text("bulletin.details.appointed", appointed,
                share("bulletin.details.lawExam", details.lawExams(), appointed),
                share("bulletin.details.oath", details.oaths(), appointed)));
    }

    /** "参加任前法律考试的N人次，占X%" — or "均参加任前法律考试" when every one did. */
    private static String share(String key, int count, int of) {
        if (count == of) {
            return Chinese.text(key + ".all");
        }
        if (count == 0) {
            return Chinese.text(key + ".none");
        }
        return Chinese.text(key, count, percent(count, of));
    }

    static String percent(int count, int of) {
        return Fraction.percent(BigInteger.valueOf(count), BigInteger.valueOf(of)).rounded(1).toPlainString();
    }

    private static void suggestions(RowDetails details, List<String> paragraphs) {
        List<RowDetails.Count> fields = new ArrayList<>(details.suggestionFields());
        int total = fields.stream().mapToInt(RowDetails.Count::count).sum();
        if (total > 0) {
            fields.sort(Comparator.comparingInt(RowDetails.Count::count).reversed());
            int most = fields.get(0).count();
            List<String> leaders = fields.stream().filter(f -> f.count() == most).map(RowDetails.Count::label)
                    .toList();
            paragraphs.add(Chinese.text(leaders.size() > 1 ? "bulletin.details.fieldsTied" : "bulletin.details.fields",
                    String.join(Chinese.text("bulletin.summary.nameSeparator"), leaders), most,
                    percent(most, total)));
        }
        List<RowDetails.Unit> units = details.handlingUnits();
        if (units.isEmpty()) {
            return;
        }
        List<String> busiest = new ArrayList<>();
        for (RowDetails.Unit u : units.subList(0, Math.min(UNITS_LISTED, units.size()))) {
            busiest.add(Chinese.text("bulletin.details.unit", u.name(), u.suggestions()));
        }
        String text = Chinese.text("bulletin.details.units", units.size(),
                String.join(Chinese.text("bulletin.summary.nameSeparator"), busiest));
        List<RowDetails.Unit> compared = units.stream().filter(u -> u.withFeedback() >= FEEDBACK_FOR_SATISFACTION)
                .toList();
        if (compared.size() >= 2) {
            RowDetails.Unit lowest = compared.stream().min(Comparator
                    .comparing((RowDetails.Unit u) -> Fraction.percent(BigInteger.valueOf(u.satisfied()),
                            BigInteger.valueOf(u.withFeedback())))).orElseThrow();
            if (lowest.satisfied() == lowest.withFeedback()) {
                text += Chinese.text("bulletin.details.unitsAllSatisfied", FEEDBACK_FOR_SATISFACTION);
            } else {
                text += Chinese.text("bulletin.details.lowestSatisfaction", FEEDBACK_FOR_SATISFACTION,
                        lowest.name(), lowest.withFeedback(), lowest.satisfied(),
                        percent(lowest.satisfied(), lowest.withFeedback()));
            }
        }
        paragraphs.add(text);
    }

    static BigDecimal share(int count, int total) {
        return Fraction.percent(BigInteger.valueOf(count), BigInteger.valueOf(total)).rounded(1);
    }
}
