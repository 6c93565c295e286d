-- Contract v2: accepted rows of livelihood_projects (民生实事); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE livelihood_projects (
    submission_id     BIGINT      NOT NULL,
    line_no           INTEGER     NOT NULL,
    project_id        VARCHAR     NOT NULL,
    name              VARCHAR     NOT NULL,
    vote_date         DATE        NOT NULL,
    vote_level        VARCHAR(40) NOT NULL,
    status            VARCHAR(40) NOT NULL,
    completed_date    DATE,
    evaluation        VARCHAR(40),
    supervision_group VARCHAR
);
CREATE INDEX livelihood_projects_by_submission ON livelihood_projects (submission_id);
