-- Each submission's aggregates (statistics.AggregateQuery), under the digest of the query that
-- computed them: a submission's rows never change, so the statistics of a night aggregate only the
-- files it stored, and a build that aggregates otherwise computes its own.
CREATE TABLE submission_aggregate (
    submission_id BIGINT   NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    query_digest  CHAR(64) NOT NULL,
    aggregates    VARCHAR  NOT NULL, -- comma-separated integers, in the query's column order
    PRIMARY KEY (submission_id, query_digest)
);
