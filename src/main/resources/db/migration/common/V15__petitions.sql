-- Contract v2: accepted rows of petitions (信访); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE petitions (
    submission_id BIGINT      NOT NULL,
    line_no       INTEGER     NOT NULL,
    petition_id   VARCHAR     NOT NULL,
    received_date DATE        NOT NULL,
    form          VARCHAR(40) NOT NULL,
    persons       BIGINT      NOT NULL,
    backlog       BOOLEAN     NOT NULL,
    handling      VARCHAR(40),
    status        VARCHAR(40)
);
CREATE INDEX petitions_by_submission ON petitions (submission_id);
