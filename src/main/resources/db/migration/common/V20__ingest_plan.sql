-- The ingest plan: the scan step marks the files of the input folder whose content must be read,
-- in the order they are to be read; the ingest step clears the mark as it stores each one, so a
-- restarted ingest reads only what is left.
ALTER TABLE input_file ADD COLUMN planned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE input_file ADD COLUMN plan_order INTEGER;

-- The row ids of a submission that rows of another dataset may name (a meetings file's meeting
-- ids, for appointments): every row's id, accepted or rejected, except rows rejected for their
-- cell count.
CREATE TABLE row_id (
    submission_id BIGINT  NOT NULL REFERENCES submission (id),
    row_id        VARCHAR NOT NULL
);
CREATE INDEX row_id_by_submission ON row_id (submission_id);
