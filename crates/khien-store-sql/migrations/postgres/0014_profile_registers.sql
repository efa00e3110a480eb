-- Issue 16: the organisation's profile (the facts that decide which obligations apply: Law
-- 91/2025 Art. 38(2)-(3), Decree 356/2025 Art. 41), the DPO's contact, and the registers the
-- texts require, whose fields are defined as data (khien-rules/rules/registers.toml).
CREATE TABLE org_profiles (
    org_id                  UUID PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    size                    TEXT CHECK (size IN ('household','micro','small','medium','large')),
    startup                 BOOLEAN NOT NULL,
    household_business      BOOLEAN NOT NULL,
    sectors                 TEXT NOT NULL,
    state_agency            BOOLEAN NOT NULL,
    processing_service      BOOLEAN NOT NULL,
    processes_sensitive     BOOLEAN NOT NULL,
    subject_count           BIGINT CHECK (subject_count >= 0),
    sensitive_subject_count BIGINT CHECK (sensitive_subject_count >= 0),
    updated_at              TIMESTAMPTZ NOT NULL
);

ALTER TABLE designations ADD COLUMN dpo_phone TEXT;
ALTER TABLE designations ADD COLUMN dpo_email TEXT;

-- One row per entry; `fields` is the entry's values as a JSON object checked by the
-- application against the register's definition. An entry is never removed before
-- `retain_until` (the register's retention, e.g. Decree 165/2025 Art. 16.3(a)).
CREATE TABLE register_entries (
    org_id       UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id           UUID NOT NULL,
    register     TEXT NOT NULL,
    summary      TEXT NOT NULL,
    fields       TEXT NOT NULL,
    retain_until DATE,
    recorded_by  UUID REFERENCES users (id) ON DELETE SET NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, id)
);
CREATE INDEX register_entries_by_register ON register_entries (org_id, register, recorded_at);
