-- Khiên registry, SQLite. Identifiers are UUIDs stored as 16-byte BLOBs; instants are
-- RFC 3339 text in UTC; dates are ISO 8601 text. Every table of an organisation's data is
-- keyed by (org_id, id) and every reference between them carries org_id, so a row can never
-- point into another organisation.

CREATE TABLE organisations (
    id                  BLOB PRIMARY KEY NOT NULL,
    name                TEXT NOT NULL,
    tax_code            TEXT UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('state_agency','state_enterprise','public_service_unit','company','authority','other')),
    province            TEXT,
    head_office_address TEXT,
    contact_address     TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id            BLOB PRIMARY KEY NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    TEXT NOT NULL
) STRICT;

-- Decree 165/2025 Art. 18.1: who is designated, since when, by which document. History kept.
CREATE TABLE designations (
    org_id          BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    dpo_user_id     BLOB REFERENCES users (id) ON DELETE SET NULL,
    dpo_name        TEXT NOT NULL,
    dpo_title       TEXT,
    unit_name       TEXT NOT NULL,
    since           TEXT NOT NULL,
    document_number TEXT NOT NULL,
    document_date   TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    PRIMARY KEY (org_id, seq)
) STRICT;

CREATE TABLE memberships (
    user_id    BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id     BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('dpo','protection_unit','staff','auditor','supervisor')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (user_id, org_id, role)
) STRICT;
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE supervisions (
    authority_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    org_id       BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (authority_id, org_id),
    CHECK (authority_id <> org_id)
) STRICT;

CREATE TABLE sessions (
    id         BLOB PRIMARY KEY NOT NULL,
    user_id    BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest     TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;

CREATE TABLE api_tokens (
    id         BLOB PRIMARY KEY NOT NULL,
    user_id    BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    digest     TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
) STRICT;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE data_assets (
    org_id               BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id                   BLOB NOT NULL,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('system','database','table','file','other')),
    parent_id            BLOB,
    description          TEXT,
    owner                TEXT NOT NULL,
    custodian            TEXT,
    personal_data        TEXT NOT NULL CHECK (personal_data IN ('none','basic','sensitive')),
    importance           TEXT NOT NULL CHECK (importance IN ('ordinary','important','core')),
    importance_criterion TEXT CHECK (importance_criterion IN ('national_security','foreign_relations','macroeconomy','life_health_rights')),
    open_data            INTEGER NOT NULL CHECK (open_data IN (0, 1)),
    retention            TEXT,
    storage_location     TEXT,
    storage_country      TEXT NOT NULL,
    volume_bytes         INTEGER CHECK (volume_bytes >= 0),
    record_count         INTEGER CHECK (record_count >= 0),
    data_subject_count   INTEGER CHECK (data_subject_count >= 0),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, parent_id) REFERENCES data_assets (org_id, id),
    CHECK ((importance = 'ordinary') = (importance_criterion IS NULL))
) STRICT;

CREATE TABLE processing_activities (
    org_id                  BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id                      BLOB NOT NULL,
    name                    TEXT NOT NULL,
    purpose                 TEXT NOT NULL,
    legal_basis             TEXT NOT NULL CHECK (legal_basis IN ('consent','vital_interests','emergency_security','state_function','contract','other_law')),
    legal_basis_detail      TEXT,
    data_categories         TEXT NOT NULL,
    data_subject_categories TEXT NOT NULL,
    cross_border            INTEGER NOT NULL CHECK (cross_border IN (0, 1)),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    PRIMARY KEY (org_id, id)
) STRICT;

CREATE TABLE processing_activity_assets (
    org_id      BLOB NOT NULL,
    activity_id BLOB NOT NULL,
    asset_id    BLOB NOT NULL,
    PRIMARY KEY (org_id, activity_id, asset_id),
    FOREIGN KEY (org_id, activity_id) REFERENCES processing_activities (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, asset_id) REFERENCES data_assets (org_id, id)
) STRICT;
CREATE INDEX processing_activity_assets_asset ON processing_activity_assets (org_id, asset_id);

CREATE TABLE processing_recipients (
    org_id      BLOB NOT NULL,
    activity_id BLOB NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('processor','third_party','state_agency')),
    country     TEXT NOT NULL,
    PRIMARY KEY (org_id, activity_id, position),
    FOREIGN KEY (org_id, activity_id) REFERENCES processing_activities (org_id, id) ON DELETE CASCADE
) STRICT;
