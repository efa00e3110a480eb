-- The processing log (issue 4; Decree 165/2025 Art. 17.10). Entries live in C2SP entry
-- bundles of 256, hash tiles of height 8 beside them, and every signed checkpoint is kept.
-- Triggers make the tables append-only for anyone going through SQL without removing them
-- first; the Merkle tree and the signed checkpoints catch whoever does.

CREATE TABLE log_keys (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    origin        TEXT NOT NULL,
    signing_key   TEXT NOT NULL,
    pseudonym_key BYTEA NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE log_state (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    size             BIGINT NOT NULL,
    root             BYTEA NOT NULL,
    checkpoint       TEXT NOT NULL,
    pruned_bundles   BIGINT NOT NULL DEFAULT 0,
    retention_months INTEGER NOT NULL DEFAULT 6 CHECK (retention_months >= 6)
);

CREATE TABLE log_bundles (
    n     BIGINT PRIMARY KEY,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256),
    data  BYTEA NOT NULL
);

CREATE TABLE log_tiles (
    level INTEGER NOT NULL,
    n     BIGINT NOT NULL,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256),
    data  BYTEA NOT NULL,
    PRIMARY KEY (level, n)
);

CREATE TABLE log_checkpoints (
    size       BIGINT PRIMARY KEY,
    note       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION log_grow_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.width = 256 OR NEW.width < OLD.width OR NEW.n <> OLD.n
       OR substring(NEW.data FROM 1 FOR length(OLD.data)) <> OLD.data THEN
        RAISE EXCEPTION 'the processing log is append-only';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the processing log is append-only';
END $$;

CREATE FUNCTION log_bundle_retention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.n >= (SELECT pruned_bundles FROM log_state WHERE id = 1) THEN
        RAISE EXCEPTION 'log bundles are removed only after the retention period';
    END IF;
    RETURN OLD;
END $$;

CREATE FUNCTION log_state_monotonic() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.size < OLD.size OR NEW.pruned_bundles < OLD.pruned_bundles
       OR NEW.retention_months < OLD.retention_months THEN
        RAISE EXCEPTION 'the log never shrinks';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER log_bundles_append_only BEFORE UPDATE ON log_bundles
    FOR EACH ROW EXECUTE FUNCTION log_grow_only();
CREATE TRIGGER log_tiles_append_only BEFORE UPDATE ON log_tiles
    FOR EACH ROW EXECUTE FUNCTION log_grow_only();
CREATE TRIGGER log_tiles_no_delete BEFORE DELETE ON log_tiles
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_checkpoints_fixed BEFORE UPDATE OR DELETE ON log_checkpoints
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
CREATE TRIGGER log_bundles_retention BEFORE DELETE ON log_bundles
    FOR EACH ROW EXECUTE FUNCTION log_bundle_retention();
CREATE TRIGGER log_state_monotonic BEFORE UPDATE ON log_state
    FOR EACH ROW EXECUTE FUNCTION log_state_monotonic();
CREATE TRIGGER log_keys_fixed BEFORE UPDATE OR DELETE ON log_keys
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
