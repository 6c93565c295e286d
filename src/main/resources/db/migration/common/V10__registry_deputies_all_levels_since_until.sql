-- Contract v2, section 4: deputies of all levels (for the station coverage rate) and the years
-- a district exists in.
ALTER TABLE district ADD COLUMN deputies_all_levels INTEGER;
ALTER TABLE district ADD COLUMN since_year INTEGER;
ALTER TABLE district ADD COLUMN until_year INTEGER;
