-- Contract v2: suggestions gain the level (本级 own / 上级 higher); rows stored before v2 are 本级.
ALTER TABLE suggestions ADD COLUMN level VARCHAR(40) DEFAULT 'own' NOT NULL;
