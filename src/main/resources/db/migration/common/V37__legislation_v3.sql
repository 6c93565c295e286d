-- Contract v3, section 3.6: the law's title and the requesting congress are required on rows of
-- the four v2 task types only; rows of the three kinds of contact-point work may leave them empty.
ALTER TABLE legislation ALTER COLUMN law_title DROP NOT NULL;
ALTER TABLE legislation ALTER COLUMN requested_by DROP NOT NULL;
