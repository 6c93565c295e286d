package com.districtbulletin.submission;

import com.districtbulletin.text.Chinese;

/**
 * A submission file could not be read to its end: the operating system refused it or it changed
 * while it was read ({@link Kind#UNREADABLE}: skipped, tried again by the next run), or it is over
 * one of the {@link ReadLimits} ({@link Kind#OVER_LIMIT}: its content is rejected whole).
 * {@link #detail()} says which, in a clause a clerk can act on.
 */
public final class SubmissionReadException extends RuntimeException {

    public enum Kind { UNREADABLE, OVER_LIMIT }

    private final Kind kind;
    private final String detail;

    private SubmissionReadException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.detail = detail;
    }

    /** The file cannot be read now; {@code key} names the reason in zh.properties ({@code reading.*}). */
    public static SubmissionReadException unreadable(String key, Throwable cause, Object... args) {
        return new SubmissionReadException(Kind.UNREADABLE, Chinese.text("reading." + key, args), cause);
    }

    /** The file's content is over a limit; {@code key} names the limit in zh.properties ({@code limit.*}). */
    public static SubmissionReadException overLimit(String key, Object... args) {
        return new SubmissionReadException(Kind.OVER_LIMIT, Chinese.text("limit." + key, args), null);
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
