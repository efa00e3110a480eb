-- PostgreSQL has no `INSERT OR REPLACE`; `INSERT ... ON CONFLICT DO UPDATE` fires the UPDATE
-- guards and TRUNCATE is refused since 0008, so the log needs no further guard here.

-- Failed-login counts, shared by every server on the database (issue 13). `key` is a digest
-- of what is counted (an address with a client, or a client alone), never the address.
CREATE TABLE login_throttle (
    key        TEXT PRIMARY KEY NOT NULL,
    count      BIGINT NOT NULL,
    window_end BIGINT NOT NULL -- microseconds since 1970-01-01T00:00Z
);

-- An API token may carry a subset of its owner's roles (comma-separated codes); NULL: all.
ALTER TABLE api_tokens ADD COLUMN roles TEXT;

-- Invitations: a member sets their own password (or proves the one they have) with a
-- one-time secret; only its digest is stored.
CREATE TABLE invitations (
    org_id      UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id          UUID NOT NULL,
    email       TEXT NOT NULL,
    roles       TEXT NOT NULL,
    digest      TEXT NOT NULL UNIQUE,
    invited_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    user_id     UUID,
    PRIMARY KEY (org_id, id)
);
