-- Key rotation finds the live keys wrapped under a key-encryption key (Decree 165/2025 Art. 11).
CREATE INDEX vault_keys_kek ON vault_keys (kek) WHERE wrapped IS NOT NULL;

-- A counter that moves whenever a stored vault row changes or goes (a destruction, a re-wrap,
-- a collection's class or purposes): servers keep records and collections they read in
-- memory and drop them when it moves, which the processing log's append reads in the same
-- transaction as the decision it records (khien-app `vault`). New rows do not move it (they
-- were in no one's memory). Triggers, not code, move it; statement-level, so that a batch of
-- destructions moves it once per statement, not once per row.
CREATE TABLE vault_epoch (
    id SMALLINT PRIMARY KEY CHECK (id = 1),
    n  BIGINT NOT NULL
);
INSERT INTO vault_epoch (id, n) VALUES (1, 0);
CREATE FUNCTION vault_epoch_never_falls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.n <= OLD.n OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'the vault epoch only rises';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER vault_epoch_never_falls BEFORE UPDATE ON vault_epoch
    FOR EACH ROW EXECUTE FUNCTION vault_epoch_never_falls();
CREATE TRIGGER vault_epoch_no_delete BEFORE DELETE ON vault_epoch
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
CREATE TRIGGER vault_epoch_no_truncate BEFORE TRUNCATE ON vault_epoch
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();
CREATE FUNCTION vault_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE vault_epoch SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER vault_epoch_keys AFTER UPDATE OR DELETE OR TRUNCATE ON vault_keys
    FOR EACH STATEMENT EXECUTE FUNCTION vault_epoch_bump();
CREATE TRIGGER vault_epoch_records AFTER UPDATE OR DELETE OR TRUNCATE ON vault_records
    FOR EACH STATEMENT EXECUTE FUNCTION vault_epoch_bump();
CREATE TRIGGER vault_epoch_collections AFTER UPDATE OR DELETE OR TRUNCATE ON vault_collections
    FOR EACH STATEMENT EXECUTE FUNCTION vault_epoch_bump();

-- A collection may belong to an asset of the catalogue, whose retention period is its
-- records' (Decree 165/2025 Art. 5, 13): once it has passed, the subject is destroyed.
ALTER TABLE vault_collections ADD COLUMN asset_id UUID;
CREATE INDEX vault_records_age ON vault_records (org_id, collection, created_at) WHERE sealed IS NOT NULL;
