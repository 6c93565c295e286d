-- A provisional edition's statistics.csv that would be byte for byte the one an earlier edition of
-- the year keeps refers to those bytes instead of keeping a copy (a province's is 22 MB, kept every
-- night): made_from is what the bytes were made from (the fingerprint of the figures' digest, the
-- registry and the build, as the statistics.csv written to output/), same_as_edition_id the edition
-- whose row holds them, content then null.
ALTER TABLE edition_file ADD COLUMN made_from CHAR(64);
ALTER TABLE edition_file ADD COLUMN same_as_edition_id BIGINT REFERENCES edition (id);
ALTER TABLE edition_file ALTER COLUMN content DROP NOT NULL;
