-- Contract v3, section 2: the townships and streets of a district (乡镇（街道）数), for the station
-- coverage of townships.
ALTER TABLE district ADD COLUMN townships INTEGER;
