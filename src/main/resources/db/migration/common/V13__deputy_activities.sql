-- Contract v2: accepted rows of deputy_activities (代表活动); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE deputy_activities (
    submission_id          BIGINT      NOT NULL,
    line_no                INTEGER     NOT NULL,
    activity_id            VARCHAR     NOT NULL,
    activity_type          VARCHAR(40) NOT NULL,
    activity_date          DATE        NOT NULL,
    station_id             VARCHAR,
    deputies_participating BIGINT      NOT NULL,
    people_reached         BIGINT      NOT NULL,
    opinions_collected     BIGINT      NOT NULL,
    opinions_handled       BIGINT      NOT NULL
);
CREATE INDEX deputy_activities_by_submission ON deputy_activities (submission_id);
