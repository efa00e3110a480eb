-- SQLite's `INSERT OR REPLACE` (and `REPLACE INTO`) removes a conflicting row without firing
-- its DELETE triggers (unless `recursive_triggers` is on, which is the connection's choice,
-- not the schema's), so it could rewrite a full bundle, a tile, a checkpoint, the state, the
-- keys or the access history past every UPDATE and DELETE guard. No insert may land on an
-- existing row of the log's tables; the log itself grows rows with UPDATE, else INSERT.
CREATE TRIGGER log_bundles_no_replace BEFORE INSERT ON log_bundles
WHEN EXISTS (SELECT 1 FROM log_bundles WHERE n = NEW.n)
BEGIN SELECT RAISE(ABORT, 'log bundles are append-only'); END;

CREATE TRIGGER log_tiles_no_replace BEFORE INSERT ON log_tiles
WHEN EXISTS (SELECT 1 FROM log_tiles WHERE level = NEW.level AND n = NEW.n)
BEGIN SELECT RAISE(ABORT, 'log tiles are append-only'); END;

CREATE TRIGGER log_checkpoints_no_replace BEFORE INSERT ON log_checkpoints
WHEN EXISTS (SELECT 1 FROM log_checkpoints WHERE size = NEW.size)
BEGIN SELECT RAISE(ABORT, 'checkpoints are never changed'); END;

CREATE TRIGGER log_state_no_replace BEFORE INSERT ON log_state
WHEN EXISTS (SELECT 1 FROM log_state)
BEGIN SELECT RAISE(ABORT, 'the log state is never replaced'); END;

CREATE TRIGGER log_keys_no_replace BEFORE INSERT ON log_keys
WHEN EXISTS (SELECT 1 FROM log_keys)
BEGIN SELECT RAISE(ABORT, 'log keys are never changed'); END;

CREATE TRIGGER log_access_no_replace BEFORE INSERT ON log_access
WHEN EXISTS (SELECT 1 FROM log_access WHERE idx = NEW.idx)
BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;

-- Failed-login counts, shared by every server on the database (issue 13). `key` is a digest
-- of what is counted (an address with a client, or a client alone), never the address.
CREATE TABLE login_throttle (
    key        TEXT PRIMARY KEY NOT NULL,
    count      INTEGER NOT NULL,
    window_end INTEGER NOT NULL -- microseconds since 1970-01-01T00:00Z
) STRICT;

-- An API token may carry a subset of its owner's roles (comma-separated codes); NULL: all.
ALTER TABLE api_tokens ADD COLUMN roles TEXT;

-- Invitations: a member sets their own password (or proves the one they have) with a
-- one-time secret; only its digest is stored.
CREATE TABLE invitations (
    org_id      BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id          BLOB NOT NULL,
    email       TEXT NOT NULL,
    roles       TEXT NOT NULL,
    digest      TEXT NOT NULL UNIQUE,
    invited_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    accepted_at TEXT,
    user_id     BLOB,
    PRIMARY KEY (org_id, id)
) STRICT;
