-- Cases (breaches, data subject requests, cross-border transfers, ...) and their history.
-- Entries are append-only: every event and transition of a case is a new row.
CREATE TABLE cases (
    org_id     BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id         BLOB NOT NULL,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    state      TEXT NOT NULL,
    opened_at  TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (org_id, id)
) STRICT;

CREATE TABLE case_entries (
    org_id      BLOB NOT NULL,
    case_id     BLOB NOT NULL,
    seq         INTEGER NOT NULL,
    entry_kind  TEXT NOT NULL CHECK (entry_kind IN ('event', 'transition')),
    name        TEXT NOT NULL,
    at          TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    note        TEXT,
    recorded_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (org_id, case_id, seq),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
) STRICT;
