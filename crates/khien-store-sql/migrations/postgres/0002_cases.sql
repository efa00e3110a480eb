-- Cases (breaches, data subject requests, cross-border transfers, ...) and their history.
-- Entries are append-only: every event and transition of a case is a new row.
CREATE TABLE cases (
    org_id     UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id         UUID NOT NULL,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    state      TEXT NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, id)
);

CREATE TABLE case_entries (
    org_id      UUID NOT NULL,
    case_id     UUID NOT NULL,
    seq         BIGINT NOT NULL,
    entry_kind  TEXT NOT NULL CHECK (entry_kind IN ('event', 'transition')),
    name        TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    note        TEXT,
    recorded_by UUID REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (org_id, case_id, seq),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
);
