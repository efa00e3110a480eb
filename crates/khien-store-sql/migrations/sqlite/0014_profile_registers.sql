-- Issue 16: the organisation's profile (the facts that decide which obligations apply: Law
-- 91/2025 Art. 38(2)-(3), Decree 356/2025 Art. 41), the DPO's contact, and the registers the
-- texts require, whose fields are defined as data (khien-rules/rules/registers.toml).
CREATE TABLE org_profiles (
    org_id                  BLOB PRIMARY KEY NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    size                    TEXT CHECK (size IN ('household','micro','small','medium','large')),
    startup                 INTEGER NOT NULL CHECK (startup IN (0, 1)),
    household_business      INTEGER NOT NULL CHECK (household_business IN (0, 1)),
    sectors                 TEXT NOT NULL,
    state_agency            INTEGER NOT NULL CHECK (state_agency IN (0, 1)),
    processing_service      INTEGER NOT NULL CHECK (processing_service IN (0, 1)),
    processes_sensitive     INTEGER NOT NULL CHECK (processes_sensitive IN (0, 1)),
    subject_count           INTEGER CHECK (subject_count >= 0),
    sensitive_subject_count INTEGER CHECK (sensitive_subject_count >= 0),
    updated_at              TEXT NOT NULL
) STRICT;

ALTER TABLE designations ADD COLUMN dpo_phone TEXT;
ALTER TABLE designations ADD COLUMN dpo_email TEXT;

-- One row per entry; `fields` is the entry's values as a JSON object checked by the
-- application against the register's definition. An entry is never removed before
-- `retain_until` (the register's retention, e.g. Decree 165/2025 Art. 16.3(a)).
CREATE TABLE register_entries (
    org_id       BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id           BLOB NOT NULL,
    register     TEXT NOT NULL,
    summary      TEXT NOT NULL,
    fields       TEXT NOT NULL,
    retain_until TEXT,
    recorded_by  BLOB REFERENCES users (id) ON DELETE SET NULL,
    recorded_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (org_id, id)
) STRICT;
CREATE INDEX register_entries_by_register ON register_entries (org_id, register, recorded_at);
