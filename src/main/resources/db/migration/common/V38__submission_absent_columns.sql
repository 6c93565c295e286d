-- Contract v3, sections 0.2 and 10: which of its dataset's declared columns a submission's header
-- lacks (canonical names, comma-separated), for the metrics not collected from it and its receipt.
-- Versions stored before v3 have none recorded (NULL): the product then read no v3 column, so
-- every v3 column counts as absent.
ALTER TABLE submission ADD COLUMN absent_columns VARCHAR;
DROP VIEW submission_in_force;
CREATE VIEW submission_in_force AS
SELECT id, district_code, report_year, dataset, file_path, sha256, encoding, rows_accepted, rows_rejected, warnings,
       ingested_at, absent_columns
FROM submission
WHERE state = 'in_force';
