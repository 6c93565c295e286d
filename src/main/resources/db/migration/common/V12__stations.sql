-- Contract v2: accepted rows of stations (联络站点); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE stations (
    submission_id      BIGINT      NOT NULL,
    line_no            INTEGER     NOT NULL,
    station_id         VARCHAR     NOT NULL,
    name               VARCHAR     NOT NULL,
    station_type       VARCHAR(40) NOT NULL,
    level              VARCHAR(40),
    established_date   DATE,
    upgraded           BOOLEAN     NOT NULL,
    model_level        VARCHAR(40),
    deputies_stationed BIGINT      NOT NULL
);
CREATE INDEX stations_by_submission ON stations (submission_id);
