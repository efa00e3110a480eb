-- Reminders already sent, so that each (obligation, lead time, due instant) is announced once
-- even across restarts and replicas.
CREATE TABLE reminders_sent (
    org_id     UUID NOT NULL,
    case_id    UUID NOT NULL,
    obligation TEXT NOT NULL,
    lead_secs  BIGINT NOT NULL,
    due_at     TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, case_id, obligation, lead_secs, due_at),
    FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE
);
