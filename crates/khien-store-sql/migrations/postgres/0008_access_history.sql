-- The access history (issue 13; Decree 165/2025 Art. 6.4(c), 17.4, 17.10): one row per log
-- entry with the columns people filter on, written in the same transaction as the entry, so
-- that "who looked at this asset" and "what did this user do" are index lookups. The rows
-- are derived from the entries (rebuilt from the bundles when missing) and each can be
-- proven against a signed checkpoint by its index.
CREATE TABLE log_access (
    idx        BIGINT PRIMARY KEY,
    org_id     UUID,
    at         BIGINT NOT NULL, -- microseconds since 1970-01-01T00:00Z
    actor_kind TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    action     TEXT NOT NULL,
    denied     BOOLEAN NOT NULL,
    asset_id   UUID,
    subject    TEXT,
    detail     TEXT NOT NULL
);
CREATE INDEX log_access_org ON log_access (org_id, idx);
CREATE INDEX log_access_actor ON log_access (org_id, actor_id, idx);
CREATE INDEX log_access_asset ON log_access (org_id, asset_id, idx) WHERE asset_id IS NOT NULL;
CREATE INDEX log_access_subject ON log_access (org_id, subject, idx) WHERE subject IS NOT NULL;

CREATE FUNCTION log_access_retention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.idx >= 256 * (SELECT pruned_bundles FROM log_state WHERE id = 1) THEN
        RAISE EXCEPTION 'the access history is removed only after the retention period';
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER log_access_no_update BEFORE UPDATE ON log_access
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_access_retention BEFORE DELETE ON log_access
    FOR EACH ROW EXECUTE FUNCTION log_access_retention();

-- Row triggers do not fire on TRUNCATE, and the state row was protected against UPDATE only.
CREATE TRIGGER log_state_no_delete BEFORE DELETE ON log_state
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_keys_no_truncate BEFORE TRUNCATE ON log_keys
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_state_no_truncate BEFORE TRUNCATE ON log_state
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_bundles_no_truncate BEFORE TRUNCATE ON log_bundles
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_tiles_no_truncate BEFORE TRUNCATE ON log_tiles
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_checkpoints_no_truncate BEFORE TRUNCATE ON log_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_access_no_truncate BEFORE TRUNCATE ON log_access
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
