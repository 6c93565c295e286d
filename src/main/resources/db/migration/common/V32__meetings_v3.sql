-- Contract v3, section 3.1: meetings gain five optional counts; rows stored before v3 read 0.
ALTER TABLE meetings ADD COLUMN agenda_items BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE meetings ADD COLUMN speeches BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE meetings ADD COLUMN member_opinions BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE meetings ADD COLUMN attending_opinions BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE meetings ADD COLUMN responses_received BIGINT DEFAULT 0 NOT NULL;
