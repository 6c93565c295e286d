package com.districtbulletin.submission;

import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usual ways a good name gets spoilt on a clerk's desk — a copy's "(1)" or "- 副本", a doubled
 * extension ({@code .csv.csv}, Windows hiding the first), spaces, dashes instead of underscores, a
 * year of two digits ({@code 24} for 2024) —
 * undone one by one until the name follows the contract. Gives the fixes in Chinese and the name
 * to use; nothing when undoing them does not give a valid name.
 */
public final class NameRepair {

    private static final Pattern COPY = Pattern.compile(
            "^(.*?)(\\s*(?:\\(\\d+\\)|（\\d+）|-\\s*副本(?:\\s*\\(\\d+\\))?|副本|-\\s*Copy(?:\\s*\\(\\d+\\))?|\\s+copy))"
                    + "(\\.(?i:csv|xlsx))$");
    private static final Pattern DOUBLE_EXTENSION = Pattern.compile("^(.*)(\\.(?i:csv|xlsx))(\\.(?i:csv|xlsx))$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern DASHES = Pattern.compile("[-－—＿]");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^([^_]+_)([0-9]{2})(_.+)$");

    /** The fixes, as sentences, and the name they give. */
    public record Repair(List<String> fixes, String name) {

        public String fixesSentence() {
            return String.join(Chinese.text("problem.FILE_NAME.fixSeparator"), fixes);
        }
    }

    private NameRepair() {
    }

    public static Optional<Repair> of(String fileName) {
        String name = fileName;
        List<String> fixes = new ArrayList<>();
        for (int round = 0; round < 4 && SubmissionName.parse(name).isEmpty(); round++) {
            Matcher copy = COPY.matcher(name);
            Matcher doubled = DOUBLE_EXTENSION.matcher(name);
            if (copy.matches()) {
                fixes.add(Chinese.text("problem.FILE_NAME.fix.copy", copy.group(2).strip()));
                name = copy.group(1) + copy.group(3);
            } else if (doubled.matches()) {
                fixes.add(Chinese.text("problem.FILE_NAME.fix.doubleExtension", doubled.group(3)));
                name = doubled.group(1) + doubled.group(2);
            } else if (SPACES.matcher(name).find()) {
                fixes.add(Chinese.text("problem.FILE_NAME.fix.spaces"));
                name = SPACES.matcher(name).replaceAll("");
            } else if (DASHES.matcher(name).find()) {
                fixes.add(Chinese.text("problem.FILE_NAME.fix.dashes"));
                name = DASHES.matcher(name).replaceAll("_");
            } else if (TWO_DIGIT_YEAR.matcher(name).matches()) {
                Matcher year = TWO_DIGIT_YEAR.matcher(name);
                year.matches();
                fixes.add(Chinese.text("problem.FILE_NAME.fix.twoDigitYear", year.group(2), "20" + year.group(2)));
                name = year.group(1) + "20" + year.group(2) + year.group(3);
            } else {
                break;
            }
        }
        return fixes.isEmpty() || SubmissionName.parse(name).isEmpty() ? Optional.empty()
                : Optional.of(new Repair(List.copyOf(fixes), name));
    }
}
