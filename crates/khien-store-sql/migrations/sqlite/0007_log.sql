-- The processing log (issue 4; Decree 165/2025 Art. 17.10). Entries live in C2SP entry
-- bundles of 256, hash tiles of height 8 beside them, and every signed checkpoint is kept.
-- Triggers make the tables append-only for anyone going through SQL without removing them
-- first; the Merkle tree and the signed checkpoints catch whoever does.

-- One row: the checkpoint signer (Ed25519, signed-note form) and the pseudonym key.
CREATE TABLE log_keys (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    origin        TEXT NOT NULL,
    signing_key   TEXT NOT NULL,
    pseudonym_key BLOB NOT NULL,
    created_at    TEXT NOT NULL
);

-- One row: the current tree and what has been removed under the retention period.
CREATE TABLE log_state (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    size             BIGINT NOT NULL,
    root             BLOB NOT NULL,
    checkpoint       TEXT NOT NULL,
    pruned_bundles   BIGINT NOT NULL DEFAULT 0,
    retention_months INTEGER NOT NULL DEFAULT 6 CHECK (retention_months >= 6)
);

CREATE TABLE log_bundles (
    n     BIGINT PRIMARY KEY,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256),
    data  BLOB NOT NULL
);

CREATE TABLE log_tiles (
    level INTEGER NOT NULL,
    n     BIGINT NOT NULL,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256),
    data  BLOB NOT NULL,
    PRIMARY KEY (level, n)
);

CREATE TABLE log_checkpoints (
    size       BIGINT PRIMARY KEY,
    note       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A bundle or tile only grows, by appending, until it is full; then it never changes.
CREATE TRIGGER log_bundles_append_only BEFORE UPDATE ON log_bundles
WHEN OLD.width = 256 OR NEW.width < OLD.width OR NEW.n <> OLD.n
  OR substr(NEW.data, 1, length(OLD.data)) <> OLD.data
BEGIN SELECT RAISE(ABORT, 'log bundles are append-only'); END;

CREATE TRIGGER log_tiles_append_only BEFORE UPDATE ON log_tiles
WHEN OLD.width = 256 OR NEW.width < OLD.width OR NEW.n <> OLD.n OR NEW.level <> OLD.level
  OR substr(NEW.data, 1, length(OLD.data)) <> OLD.data
BEGIN SELECT RAISE(ABORT, 'log tiles are append-only'); END;

CREATE TRIGGER log_tiles_no_delete BEFORE DELETE ON log_tiles
BEGIN SELECT RAISE(ABORT, 'log tiles are never deleted'); END;

CREATE TRIGGER log_checkpoints_no_update BEFORE UPDATE ON log_checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are never changed'); END;

CREATE TRIGGER log_checkpoints_no_delete BEFORE DELETE ON log_checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are never deleted'); END;

-- Bundles are deleted only below the recorded retention mark, which only rises.
CREATE TRIGGER log_bundles_retention BEFORE DELETE ON log_bundles
WHEN OLD.n >= (SELECT pruned_bundles FROM log_state WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'log bundles are removed only after the retention period'); END;

CREATE TRIGGER log_state_monotonic BEFORE UPDATE ON log_state
WHEN NEW.size < OLD.size OR NEW.pruned_bundles < OLD.pruned_bundles
  OR NEW.retention_months < OLD.retention_months
BEGIN SELECT RAISE(ABORT, 'the log never shrinks'); END;

CREATE TRIGGER log_keys_fixed BEFORE UPDATE ON log_keys
BEGIN SELECT RAISE(ABORT, 'log keys are never changed'); END;
