-- Paths, names and headers come from the people who fill the input folder: store them as written,
-- whatever their length (issue 14: a path of 1,200 characters failed the run). VARCHAR without a
-- length is unbounded on PostgreSQL (like TEXT) and up to 10^9 characters on H2; TEXT itself would
-- be a CLOB on H2.
ALTER TABLE submission ALTER COLUMN file_path SET DATA TYPE VARCHAR;
ALTER TABLE problem ALTER COLUMN file_path SET DATA TYPE VARCHAR;
ALTER TABLE problem ALTER COLUMN column_name SET DATA TYPE VARCHAR;
ALTER TABLE district ALTER COLUMN name SET DATA TYPE VARCHAR;

-- input_file's key was its path, but a B-tree index entry holds at most about 2,700 bytes on
-- PostgreSQL (900 CJK characters). The table is the latest run's snapshot, rewritten whole by each
-- run, so it needs no key: it is rebuilt without one (the portable way to drop a primary key).
CREATE TABLE input_file_v3 (
    file_path     VARCHAR  NOT NULL,
    report_year   INTEGER,
    sha256        CHAR(64),
    submission_id BIGINT,
    code          VARCHAR(40),
    message       VARCHAR
);
INSERT INTO input_file_v3 (file_path, report_year, sha256, submission_id, code, message)
    SELECT file_path, report_year, sha256, submission_id, code, message FROM input_file;
DROP TABLE input_file;
ALTER TABLE input_file_v3 RENAME TO input_file;
CREATE INDEX input_file_by_submission ON input_file (submission_id);
