package com.districtbulletin.validation;

/** The validation codes of the data contract, with the scope each one rejects. */
public enum ProblemCode {
    FILE_TYPE(Scope.FILE),
    FILE_NAME(Scope.FILE),
    UNKNOWN_DISTRICT(Scope.FILE),
    CONFLICTING_FILES(Scope.FILE),
    /**
     * Not a readable workbook (rejected whole); or the operating system cannot read the file, or
     * it changed while read (then skipped, and read again next run).
     */
    UNREADABLE_FILE(Scope.FILE),
    ENCODING(Scope.FILE),
    MISSING_COLUMN(Scope.FILE),
    DUPLICATE_COLUMN(Scope.FILE),
    EMPTY_FILE(Scope.FILE),
    NO_VALID_ROWS(Scope.FILE),
    /** Over one of the reading limits (size, columns, cell or record length): rejected whole. */
    TOO_LARGE(Scope.FILE),
    UNKNOWN_COLUMN(Scope.WARNING),
    COLUMN_COUNT(Scope.ROW),
    REQUIRED(Scope.ROW),
    BAD_INTEGER(Scope.ROW),
    BAD_DATE(Scope.ROW),
    OUT_OF_YEAR(Scope.ROW),
    AFTER_YEAR(Scope.ROW),
    BAD_ENUM(Scope.ROW),
    DUPLICATE_ID(Scope.ROW),
    END_BEFORE_START(Scope.ROW),
    RECTIFIED_EXCEEDS_RAISED(Scope.ROW),
    OUTCOME_REQUIRED(Scope.ROW),
    OUTCOME_NOT_ALLOWED(Scope.ROW),
    CLOSED_DATE_REQUIRED(Scope.ROW),
    CLOSED_DATE_NOT_ALLOWED(Scope.ROW),
    CLOSED_BEFORE_SUBMITTED(Scope.ROW),
    UNKNOWN_MEETING(Scope.ROW),
    HANDLED_EXCEEDS_COLLECTED(Scope.ROW),
    UNKNOWN_STATION(Scope.ROW),
    COMPLETED_DATE_REQUIRED(Scope.ROW),
    COMPLETED_DATE_NOT_ALLOWED(Scope.ROW),
    COMPLETED_BEFORE_VOTE(Scope.ROW),
    CORRECTED_WITHOUT_PROBLEM(Scope.ROW),
    STATUS_WITHOUT_HANDLING(Scope.ROW),
    OPINIONS_WITHOUT_DEPUTIES(Scope.ROW),
    RESOLVED_EXCEEDS_HANDLED(Scope.ROW),
    OFFICIALS_REQUIRED(Scope.ROW),
    LAW_TITLE_REQUIRED(Scope.ROW),
    REQUESTER_REQUIRED(Scope.ROW);

    /** What a problem of this code rejects: the whole file, one row, or nothing (a warning). */
    public enum Scope { FILE, ROW, WARNING }

    private final Scope scope;

    ProblemCode(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
