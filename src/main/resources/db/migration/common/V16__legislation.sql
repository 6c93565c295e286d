-- Contract v2: accepted rows of legislation (立法联系); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE legislation (
    submission_id      BIGINT      NOT NULL,
    line_no            INTEGER     NOT NULL,
    task_id            VARCHAR     NOT NULL,
    task_type          VARCHAR(40) NOT NULL,
    law_title          VARCHAR     NOT NULL,
    requested_by       VARCHAR(40) NOT NULL,
    start_date         DATE        NOT NULL,
    opinions_submitted BIGINT      NOT NULL
);
CREATE INDEX legislation_by_submission ON legislation (submission_id);
