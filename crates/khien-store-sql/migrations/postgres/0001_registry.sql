-- Khiên registry, PostgreSQL. Identifiers are UUIDs; instants are TIMESTAMPTZ; dates are DATE;
-- lists are JSONB arrays. Every table of an organisation's data is
-- keyed by (org_id, id) and every reference between them carries org_id, so a row can never
-- point into another organisation.

CREATE TABLE organisations (
    id                  UUID PRIMARY KEY NOT NULL,
    name                TEXT NOT NULL,
    tax_code            TEXT UNIQUE,
    kind                TEXT NOT NULL CHECK (kind IN ('state_agency','state_enterprise','public_service_unit','company','authority','other')),
    province            TEXT,
    head_office_address TEXT,
    contact_address     TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id            UUID PRIMARY KEY NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL
);

-- Decree 165/2025 Art. 18.1: who is designated, since when, by which document. History kept.
CREATE TABLE designations (
    org_id          UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    seq             BIGINT NOT NULL,
    dpo_user_id     UUID REFERENCES users (id) ON DELETE SET NULL,
    dpo_name        TEXT NOT NULL,
    dpo_title       TEXT,
    unit_name       TEXT NOT NULL,
    since           DATE NOT NULL,
    document_number TEXT NOT NULL,
    document_date   DATE NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, seq)
);

CREATE TABLE memberships (
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('dpo','protection_unit','staff','auditor','supervisor')),
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, org_id, role)
);
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE supervisions (
    authority_id UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (authority_id, org_id),
    CHECK (authority_id <> org_id)
);

CREATE TABLE sessions (
    id         UUID PRIMARY KEY NOT NULL,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    digest     TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE api_tokens (
    id         UUID PRIMARY KEY NOT NULL,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    digest     TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE data_assets (
    org_id               UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id                   UUID NOT NULL,
    name                 TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('system','database','table','file','other')),
    parent_id            UUID,
    description          TEXT,
    owner                TEXT NOT NULL,
    custodian            TEXT,
    personal_data        TEXT NOT NULL CHECK (personal_data IN ('none','basic','sensitive')),
    importance           TEXT NOT NULL CHECK (importance IN ('ordinary','important','core')),
    importance_criterion TEXT CHECK (importance_criterion IN ('national_security','foreign_relations','macroeconomy','life_health_rights')),
    open_data            BOOLEAN NOT NULL,
    retention            TEXT,
    storage_location     TEXT,
    storage_country      TEXT NOT NULL,
    volume_bytes         BIGINT CHECK (volume_bytes >= 0),
    record_count         BIGINT CHECK (record_count >= 0),
    data_subject_count   BIGINT CHECK (data_subject_count >= 0),
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, parent_id) REFERENCES data_assets (org_id, id),
    CHECK ((importance = 'ordinary') = (importance_criterion IS NULL))
);

CREATE TABLE processing_activities (
    org_id                  UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id                      UUID NOT NULL,
    name                    TEXT NOT NULL,
    purpose                 TEXT NOT NULL,
    legal_basis             TEXT NOT NULL CHECK (legal_basis IN ('consent','vital_interests','emergency_security','state_function','contract','other_law')),
    legal_basis_detail      TEXT,
    data_categories         JSONB NOT NULL,
    data_subject_categories JSONB NOT NULL,
    cross_border            BOOLEAN NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE processing_activity_assets (
    org_id      UUID NOT NULL,
    activity_id UUID NOT NULL,
    asset_id    UUID NOT NULL,
    PRIMARY KEY (org_id, activity_id, asset_id),
    FOREIGN KEY (org_id, activity_id) REFERENCES processing_activities (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, asset_id) REFERENCES data_assets (org_id, id)
);
CREATE INDEX processing_activity_assets_asset ON processing_activity_assets (org_id, asset_id);

CREATE TABLE processing_recipients (
    org_id      UUID NOT NULL,
    activity_id UUID NOT NULL,
    position    BIGINT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('processor','third_party','state_agency')),
    country     TEXT NOT NULL,
    PRIMARY KEY (org_id, activity_id, position),
    FOREIGN KEY (org_id, activity_id) REFERENCES processing_activities (org_id, id) ON DELETE CASCADE
);
