-- Contract v3, section 3.2: inspections gain three optional counts; rows stored before v3 read 0.
ALTER TABLE inspections ADD COLUMN reports_written BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE inspections ADD COLUMN letters_issued BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE inspections ADD COLUMN laws_covered BIGINT DEFAULT 0 NOT NULL;
