-- Contract v3, section 3.5: livelihood projects gain the township whose deputies voted.
ALTER TABLE livelihood_projects ADD COLUMN township VARCHAR;
