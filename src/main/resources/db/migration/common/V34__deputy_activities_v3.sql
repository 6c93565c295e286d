-- Contract v3, section 3.3: deputy activities gain three optional counts and the organizer of a
-- training; rows stored before v3 read 0 and no organizer.
ALTER TABLE deputy_activities ADD COLUMN questions_answered BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE deputy_activities ADD COLUMN opinions_resolved BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE deputy_activities ADD COLUMN officials_attending BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE deputy_activities ADD COLUMN organizer VARCHAR(40);
