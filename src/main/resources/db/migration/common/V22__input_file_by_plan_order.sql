-- The ingest marks each planned file stored by its place in the plan: keyed on the path, which
-- cannot carry a B-tree index (see V3), every update read the whole snapshot, and a province's
-- 30,800 files cost 30,800 full scans (949 million rows read) — most of the ingest's time.
CREATE INDEX input_file_by_plan_order ON input_file (plan_order);
