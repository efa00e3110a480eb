-- Issue 17: the people whose data it is. The consent ledger (Law 91/2025 Art. 9, 24; Decree
-- 356/2025 Art. 6): each consent as evidence, the subject by pseudonym only, its age rather
-- than a date of birth; the requests received on the public channel (Decree 356/2025 Art. 5),
-- what the sender wrote kept sealed under a data key wrapped by the vault's keystore; and the
-- restrictions the vault applies to a subject's data (Law 91/2025 Art. 10).
CREATE TABLE consents (
    org_id                 BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id                     BLOB NOT NULL,
    subject                TEXT NOT NULL,
    purposes               TEXT NOT NULL,
    channel                TEXT NOT NULL CHECK (channel IN ('written','recorded_call','sms','electronic','other')),
    scope                  TEXT NOT NULL,
    evidence_sha256        TEXT NOT NULL CHECK (length(evidence_sha256) = 64),
    given_at               TEXT NOT NULL,
    subject_age            INTEGER CHECK (subject_age >= 0),
    capacity               TEXT NOT NULL CHECK (capacity IN ('full','limited','lost','impaired')),
    representative        TEXT CHECK (representative IN ('parent','guardian','legal_representative')),
    representative_subject TEXT,
    private_life           INTEGER NOT NULL CHECK (private_life IN (0, 1)),
    child_consented        INTEGER NOT NULL CHECK (child_consented IN (0, 1)),
    sensitive_notice       INTEGER NOT NULL CHECK (sensitive_notice IN (0, 1)),
    recorded_by            BLOB REFERENCES users (id) ON DELETE SET NULL,
    recorded_at            TEXT NOT NULL,
    withdrawn_at           TEXT,
    withdrawal_case        BLOB,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, withdrawal_case) REFERENCES cases (org_id, id)
) STRICT;
CREATE INDEX consents_by_subject ON consents (org_id, subject, given_at);

CREATE TABLE public_requests (
    org_id          BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    reference       TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('access','correction','deletion','restriction','objection','withdrawal','portability')),
    status          TEXT NOT NULL CHECK (status IN ('unverified','verified','done','refused')),
    contact_digest  TEXT NOT NULL,
    network_digest  TEXT NOT NULL,
    subject         TEXT NOT NULL,
    sealed          BLOB NOT NULL,
    kek             TEXT NOT NULL,
    wrapped_key     BLOB NOT NULL,
    code_digest     TEXT,
    code_expires_at TEXT,
    attempts        INTEGER NOT NULL CHECK (attempts >= 0),
    received_at     TEXT NOT NULL,
    verified_at     TEXT,
    verified_how    TEXT CHECK (verified_how IN ('code','in_person')),
    verified_by     BLOB REFERENCES users (id) ON DELETE SET NULL,
    case_id         BLOB,
    decided_at      TEXT,
    reason          TEXT,
    answered_at     TEXT,
    PRIMARY KEY (org_id, reference),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id)
) STRICT;
CREATE INDEX public_requests_by_contact ON public_requests (contact_digest, received_at);
CREATE INDEX public_requests_by_network ON public_requests (network_digest, received_at);
CREATE INDEX public_requests_by_org ON public_requests (org_id, received_at);

CREATE TABLE subject_restrictions (
    org_id  BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    purpose TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('restriction','objection','withdrawal')),
    case_id BLOB,
    since   TEXT NOT NULL,
    PRIMARY KEY (org_id, subject, purpose),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id)
) STRICT;
-- A restriction changes what the vault may decrypt: it moves the vault epoch, so that no
-- server reads under restrictions it read before.
CREATE TRIGGER vault_epoch_restrictions_insert AFTER INSERT ON subject_restrictions
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_restrictions_update AFTER UPDATE ON subject_restrictions
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER vault_epoch_restrictions_delete AFTER DELETE ON subject_restrictions
BEGIN UPDATE vault_epoch SET n = n + 1 WHERE id = 1; END;

-- The facts of a breach (Law 91/2025 Art. 23; Decree 356/2025 Art. 28, 29), a JSON object
-- checked by the application, and the notices sent to the affected subjects (the address
-- masked, never kept whole).
CREATE TABLE breach_facts (
    org_id     BLOB NOT NULL,
    case_id    BLOB NOT NULL,
    facts      TEXT NOT NULL,
    updated_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (org_id, case_id),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE breach_notices (
    org_id    BLOB NOT NULL,
    case_id   BLOB NOT NULL,
    seq       INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    subject   TEXT,
    at        TEXT NOT NULL,
    sent      INTEGER NOT NULL CHECK (sent IN (0, 1)),
    error     TEXT,
    sent_by   BLOB REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (org_id, case_id, seq),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
) STRICT;
