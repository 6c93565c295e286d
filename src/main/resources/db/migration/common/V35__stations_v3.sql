-- Contract v3, section 3.4: stations gain the township served and whether the station is a
-- grassroots unit; rows stored before v3 read no township and 否.
ALTER TABLE stations ADD COLUMN township VARCHAR;
ALTER TABLE stations ADD COLUMN grassroots_unit BOOLEAN DEFAULT FALSE NOT NULL;
