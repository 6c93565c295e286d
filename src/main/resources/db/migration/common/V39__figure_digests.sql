-- Figures as digests (statistics.FiguresDigest), so that a night whose figures did not change
-- neither copies them nor reads them back to find that out.
-- An edition's figures as one SHA-256, and the edition whose rows of edition_statistic hold them:
-- an edition with the figures of the edition before it shares that edition's rows (null: its own).
ALTER TABLE edition ADD COLUMN figures_digest CHAR(64);
ALTER TABLE edition ADD COLUMN figures_edition_id BIGINT;

-- Each district's stored figures of a year (statistic) as one SHA-256, ALL included: a receipt
-- knows whether its district's figures changed without reading them.
CREATE TABLE statistic_digest (
    report_year   INTEGER    NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    digest        CHAR(64)   NOT NULL,
    PRIMARY KEY (report_year, district_code)
);
