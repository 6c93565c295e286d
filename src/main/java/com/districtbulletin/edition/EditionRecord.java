package com.districtbulletin.edition;

/**
 * An edition of a year's bulletin as stored: provisional, or final with its revision number
 * (0 for the final edition itself).
 *
 * @param state              {@code computing} until its figures are stored, {@code publishing} while its files
 *                           are being written, then {@code published}
 * @param inputFingerprint   what its figures were computed from (submissions and registry)
 * @param lastSubmissionId   the latest version stored when it was computed: versions after it are what changed since
 */
public record EditionRecord(long id, int year, Edition kind, Integer finalRevision, String state,
                            String inputFingerprint, String registryFingerprint, long lastSubmissionId) {

    public static final String COMPUTING = "computing";
    public static final String PUBLISHING = "publishing";
    public static final String PUBLISHED = "published";

    public boolean isFinal() {
        return kind == Edition.FINAL;
    }

    public boolean isRevision() {
        return finalRevision != null && finalRevision > 0;
    }

    /** "2024年正式版修订1" style, for logs: 2024 final r1. */
    public String describe() {
        return year + " " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (isRevision() ? " r" + finalRevision : "");
    }
}
