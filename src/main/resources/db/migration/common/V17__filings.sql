-- Contract v2: accepted rows of filings (备案审查); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE filings (
    submission_id BIGINT      NOT NULL,
    line_no       INTEGER     NOT NULL,
    filing_id     VARCHAR     NOT NULL,
    title         VARCHAR     NOT NULL,
    issuer        VARCHAR(40) NOT NULL,
    filed_date    DATE        NOT NULL,
    reviewed      BOOLEAN     NOT NULL,
    problem_found BOOLEAN     NOT NULL,
    corrected     BOOLEAN     NOT NULL
);
CREATE INDEX filings_by_submission ON filings (submission_id);
