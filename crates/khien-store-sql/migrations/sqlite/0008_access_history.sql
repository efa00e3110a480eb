-- The access history (issue 13; Decree 165/2025 Art. 6.4(c), 17.4, 17.10): one row per log
-- entry with the columns people filter on, written in the same transaction as the entry, so
-- that "who looked at this asset" and "what did this user do" are index lookups. The rows
-- are derived from the entries (rebuilt from the bundles when missing) and each can be
-- proven against a signed checkpoint by its index.
CREATE TABLE log_access (
    idx        BIGINT PRIMARY KEY,
    org_id     BLOB,
    at         BIGINT NOT NULL, -- microseconds since 1970-01-01T00:00Z
    actor_kind TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    action     TEXT NOT NULL,
    denied     BOOLEAN NOT NULL,
    asset_id   BLOB,
    subject    TEXT,
    detail     TEXT NOT NULL
);
CREATE INDEX log_access_org ON log_access (org_id, idx);
CREATE INDEX log_access_actor ON log_access (org_id, actor_id, idx);
CREATE INDEX log_access_asset ON log_access (org_id, asset_id, idx) WHERE asset_id IS NOT NULL;
CREATE INDEX log_access_subject ON log_access (org_id, subject, idx) WHERE subject IS NOT NULL;

CREATE TRIGGER log_access_no_update BEFORE UPDATE ON log_access
BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;

-- Rows go with their entries' bundles, below the retention mark only.
CREATE TRIGGER log_access_retention BEFORE DELETE ON log_access
WHEN OLD.idx >= 256 * (SELECT pruned_bundles FROM log_state WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'the access history is removed only after the retention period'); END;

-- The state and key rows were protected against UPDATE only; a DELETE would have reset the
-- log (and a new key would have been made on the next start).
CREATE TRIGGER log_state_no_delete BEFORE DELETE ON log_state
BEGIN SELECT RAISE(ABORT, 'the log state is never deleted'); END;

CREATE TRIGGER log_keys_no_delete BEFORE DELETE ON log_keys
BEGIN SELECT RAISE(ABORT, 'log keys are never deleted'); END;
