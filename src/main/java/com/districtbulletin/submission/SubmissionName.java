package com.districtbulletin.submission;

import com.districtbulletin.dataset.Dataset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a submission's key from its file name: {@code <district_code>_<year>_<dataset>.<csv|xlsx>}. */
public final class SubmissionName {

    private static final Pattern NAME = Pattern.compile("(\\d{6})_(\\d{4})_([^./\\\\]+)\\.(?:csv|xlsx)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("^[^_]*_(\\d{4})_");

    private SubmissionName() {
    }

    /** The key the file name gives, or empty when the name does not follow the contract. */
    public static Optional<SubmissionKey> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Dataset.named(m.group(3))
                .map(dataset -> new SubmissionKey(m.group(1), Integer.parseInt(m.group(2)), dataset));
    }

    /** Whether the file is of a form a submission may take: .csv or .xlsx, in any case. */
    public static boolean isSubmissionType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }

    /** The year a badly named file seems to be for, so that its report lands in that year too. */
    public static Optional<Integer> yearHint(String fileName) {
        Matcher m = YEAR.matcher(fileName);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
