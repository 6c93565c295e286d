-- The latest date of each submission's rows, as the bulletin takes its publication date from the data
-- (bulletin.data.LatestDates): a submission's rows never change once stored, so each is read once
-- instead of every dataset being scanned every night. Keyed by the date columns it was read from, so
-- that a build reading other columns reads again.
CREATE TABLE submission_latest_date (
    submission_id BIGINT      NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    date_columns  CHAR(64)    NOT NULL,
    latest_date   DATE,
    PRIMARY KEY (submission_id, date_columns)
);
