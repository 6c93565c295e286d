-- The documents a run writes for each district (receipts, problems files, profiles), each with the
-- fingerprint of what it was made from and the size and modification time the file had once
-- written: the next run rewrites it only when its fingerprint changed or the file is no longer as
-- it was left (fingerprint.WrittenFiles). Keyed by the SHA-256 of the file's absolute path, as
-- paths are unbounded (V3).
CREATE TABLE written_file (
    path_key    CHAR(64) PRIMARY KEY,
    file_path   VARCHAR  NOT NULL,
    fingerprint CHAR(64) NOT NULL,
    size_bytes  BIGINT   NOT NULL,
    modified_ms BIGINT   NOT NULL
);
