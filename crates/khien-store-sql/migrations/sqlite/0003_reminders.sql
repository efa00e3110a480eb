-- Reminders already sent, so that each (obligation, lead time, due instant) is announced once
-- even across restarts and replicas.
CREATE TABLE reminders_sent (
    org_id     BLOB NOT NULL,
    case_id    BLOB NOT NULL,
    obligation TEXT NOT NULL,
    lead_secs  INTEGER NOT NULL,
    due_at     TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (org_id, case_id, obligation, lead_secs, due_at),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
) STRICT;
