-- Issue 21: every edition stores a figure per district and metric (361,000 for a province of
-- 2,800 districts) in the transaction that creates it. The foreign key checked each row against
-- the edition (a lookup and a row lock per figure) and the three-column primary key was built
-- row by row: on the province, 4.2 s of the database's CPU to store an edition's figures with
-- them, 0.6 s with the index below alone (docs/benchmarks.md). The figures are written
-- only by EditionStore.completeFigures, once per district and metric, for the edition it has
-- just created, and are read by edition: the index on edition_id serves those reads.
-- Rebuilt rather than altered: the constraints' names differ between H2 and PostgreSQL.
CREATE TABLE edition_figures (
    edition_id    BIGINT         NOT NULL,
    district_code VARCHAR(6)     NOT NULL,
    metric        VARCHAR(80)    NOT NULL,
    numerator     NUMERIC(30, 0),
    denominator   NUMERIC(30, 0),
    metric_value  NUMERIC(30, 1),
    metric_rank   INTEGER,
    yoy_change    NUMERIC(30, 1),
    status        VARCHAR(20)    NOT NULL
);
INSERT INTO edition_figures (edition_id, district_code, metric, numerator, denominator, metric_value, metric_rank,
                             yoy_change, status)
SELECT edition_id, district_code, metric, numerator, denominator, metric_value, metric_rank, yoy_change, status
FROM edition_statistic;
DROP TABLE edition_statistic;
ALTER TABLE edition_figures RENAME TO edition_statistic;
CREATE INDEX edition_statistic_by_edition ON edition_statistic (edition_id);
