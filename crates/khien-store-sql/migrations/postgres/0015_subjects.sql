-- Issue 17: the people whose data it is. The consent ledger (Law 91/2025 Art. 9, 24; Decree
-- 356/2025 Art. 6): each consent as evidence, the subject by pseudonym only, its age rather
-- than a date of birth; the requests received on the public channel (Decree 356/2025 Art. 5),
-- what the sender wrote kept sealed under a data key wrapped by the vault's keystore; and the
-- restrictions the vault applies to a subject's data (Law 91/2025 Art. 10).
CREATE TABLE consents (
    org_id                 UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id                     UUID NOT NULL,
    subject                TEXT NOT NULL,
    purposes               TEXT NOT NULL,
    channel                TEXT NOT NULL CHECK (channel IN ('written','recorded_call','sms','electronic','other')),
    scope                  TEXT NOT NULL,
    evidence_sha256        TEXT NOT NULL CHECK (length(evidence_sha256) = 64),
    given_at               TIMESTAMPTZ NOT NULL,
    subject_age            BIGINT CHECK (subject_age >= 0),
    capacity               TEXT NOT NULL CHECK (capacity IN ('full','limited','lost','impaired')),
    representative        TEXT CHECK (representative IN ('parent','guardian','legal_representative')),
    representative_subject TEXT,
    private_life           BOOLEAN NOT NULL,
    child_consented        BOOLEAN NOT NULL,
    sensitive_notice       BOOLEAN NOT NULL,
    recorded_by            UUID REFERENCES users (id) ON DELETE SET NULL,
    recorded_at            TIMESTAMPTZ NOT NULL,
    withdrawn_at           TIMESTAMPTZ,
    withdrawal_case        UUID,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, withdrawal_case) REFERENCES cases (org_id, id)
);
CREATE INDEX consents_by_subject ON consents (org_id, subject, given_at);

CREATE TABLE public_requests (
    org_id          UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    reference       TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('access','correction','deletion','restriction','objection','withdrawal','portability')),
    status          TEXT NOT NULL CHECK (status IN ('unverified','verified','done','refused')),
    contact_digest  TEXT NOT NULL,
    network_digest  TEXT NOT NULL,
    subject         TEXT NOT NULL,
    sealed          BYTEA NOT NULL,
    kek             TEXT NOT NULL,
    wrapped_key     BYTEA NOT NULL,
    code_digest     TEXT,
    code_expires_at TIMESTAMPTZ,
    attempts        BIGINT NOT NULL CHECK (attempts >= 0),
    received_at     TIMESTAMPTZ NOT NULL,
    verified_at     TIMESTAMPTZ,
    verified_how    TEXT CHECK (verified_how IN ('code','in_person')),
    verified_by     UUID REFERENCES users (id) ON DELETE SET NULL,
    case_id         UUID,
    decided_at      TIMESTAMPTZ,
    reason          TEXT,
    answered_at     TIMESTAMPTZ,
    PRIMARY KEY (org_id, reference),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id)
);
CREATE INDEX public_requests_by_contact ON public_requests (contact_digest, received_at);
CREATE INDEX public_requests_by_network ON public_requests (network_digest, received_at);
CREATE INDEX public_requests_by_org ON public_requests (org_id, received_at);

CREATE TABLE subject_restrictions (
    org_id  UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    purpose TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('restriction','objection','withdrawal')),
    case_id UUID,
    since   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, subject, purpose),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id)
);
-- A restriction changes what the vault may decrypt: it moves the vault epoch, so that no
-- server reads under restrictions it read before.
CREATE TRIGGER vault_epoch_restrictions AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON subject_restrictions
    FOR EACH STATEMENT EXECUTE FUNCTION vault_epoch_bump();

-- The facts of a breach (Law 91/2025 Art. 23; Decree 356/2025 Art. 28, 29), a JSON object
-- checked by the application, and the notices sent to the affected subjects (the address
-- masked, never kept whole).
CREATE TABLE breach_facts (
    org_id     UUID NOT NULL,
    case_id    UUID NOT NULL,
    facts      TEXT NOT NULL,
    updated_by UUID REFERENCES users (id) ON DELETE SET NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, case_id),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
);

CREATE TABLE breach_notices (
    org_id    UUID NOT NULL,
    case_id   UUID NOT NULL,
    seq       BIGINT NOT NULL,
    recipient TEXT NOT NULL,
    subject   TEXT,
    at        TIMESTAMPTZ NOT NULL,
    sent      BOOLEAN NOT NULL,
    error     TEXT,
    sent_by   UUID REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (org_id, case_id, seq),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
);
