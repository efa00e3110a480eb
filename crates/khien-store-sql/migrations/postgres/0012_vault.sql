-- The vault (Decree 165/2025 Art. 11, 13, 17.7): personal data fields sealed under a data key
-- per data subject, each key stored only wrapped by a key-encryption key that lives outside
-- this database (the keystore). Destroying a subject sets its wrapped keys and sealed fields
-- to NULL (crypto-shredding); VACUUM reclaims the dead rows.
-- Subjects appear only as pseudonyms (ps1:…), never as raw identifiers.
CREATE TABLE vault_collections (
    org_id     UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    sensitive  BOOLEAN NOT NULL,
    purposes   TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, name)
);

CREATE TABLE vault_keys (
    org_id       UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    key_id       UUID NOT NULL,
    subject      TEXT NOT NULL,
    kek          TEXT NOT NULL,
    wrapped      BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    destroyed_at TIMESTAMPTZ,
    PRIMARY KEY (org_id, key_id),
    CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);
-- At most one live key per subject.
CREATE UNIQUE INDEX vault_keys_live ON vault_keys (org_id, subject) WHERE destroyed_at IS NULL;

CREATE TABLE vault_records (
    org_id     UUID NOT NULL,
    token      UUID NOT NULL,
    subject    TEXT NOT NULL,
    collection TEXT NOT NULL,
    key_id     UUID NOT NULL,
    sealed     BYTEA,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, token),
    FOREIGN KEY (org_id, key_id) REFERENCES vault_keys (org_id, key_id),
    FOREIGN KEY (org_id, collection) REFERENCES vault_collections (org_id, name)
);
CREATE INDEX vault_records_subject ON vault_records (org_id, subject);
CREATE INDEX vault_records_collection ON vault_records (org_id, collection);

CREATE TABLE vault_destructions (
    org_id      UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    log_index   BIGINT NOT NULL,
    subject     TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    case_id     UUID,
    key_ids     TEXT NOT NULL,
    records     BIGINT NOT NULL CHECK (records >= 0),
    certificate BYTEA NOT NULL,
    PRIMARY KEY (org_id, log_index)
);
CREATE INDEX vault_destructions_subject ON vault_destructions (org_id, subject);

CREATE TABLE signing_keys (
    org_id      UUID PRIMARY KEY NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    certificate BYTEA NOT NULL,
    kek         TEXT NOT NULL,
    wrapped     BYTEA NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
