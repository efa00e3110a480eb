-- Key rotation finds the live keys wrapped under a key-encryption key (Decree 165/2025 Art. 11).
CREATE INDEX vault_keys_kek ON vault_keys (kek) WHERE wrapped IS NOT NULL;

-- A counter that moves whenever a stored vault row changes or goes (a destruction, a re-wrap,
-- a collection's class or purposes): servers keep records and collections they read in
-- memory and drop them when it moves, which the processing log's append reads in the same
-- transaction as the decision it records (khien-app `vault`). New rows do not move it (they
-- were in no one's memory). Triggers, not code, move it.
CREATE TABLE vault_epoch (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    n  INTEGER NOT NULL
) STRICT;
INSERT INTO vault_epoch (id, n) VALUES (1, 0);
CREATE TRIGGER vault_epoch_never_falls BEFORE UPDATE ON vault_epoch
WHEN NEW.n <= OLD.n OR NEW.id <> OLD.id
BEGIN SELECT RAISE(ABORT, 'the vault epoch only rises'); END;
CREATE TRIGGER vault_epoch_no_delete BEFORE DELETE ON vault_epoch
BEGIN SELECT RAISE(ABORT, 'the vault epoch is never deleted'); END;
CREATE TRIGGER vault_epoch_keys_update AFTER UPDATE ON vault_keys
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_keys_delete AFTER DELETE ON vault_keys
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_records_update AFTER UPDATE ON vault_records
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_records_delete AFTER DELETE ON vault_records
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_collections_update AFTER UPDATE ON vault_collections
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_collections_delete AFTER DELETE ON vault_collections
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;

-- A collection may belong to an asset of the catalogue, whose retention period is its
-- records' (Decree 165/2025 Art. 5, 13): once it has passed, the subject is destroyed.
ALTER TABLE vault_collections ADD COLUMN asset_id BLOB;
CREATE INDEX vault_records_age ON vault_records (org_id, collection, created_at) WHERE sealed IS NOT NULL;
