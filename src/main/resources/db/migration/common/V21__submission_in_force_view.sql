-- The submissions in force, as the storage package publishes them to the rest of the product:
-- statistics and the bulletin read rows of the versions in force through this view and never
-- name the submission table or its states (pending revisions, issue 10, change only this view).
CREATE VIEW submission_in_force AS
SELECT id, district_code, report_year, dataset, file_path, sha256, encoding, rows_accepted, rows_rejected, warnings,
       ingested_at
FROM submission
WHERE state = 'in_force';
