-- A counter that moves whenever anything that decides who may do what changes: accounts
-- (password, disabled), sessions and tokens ended or revoked, roles, supervision, and the
-- organisations and users they hang on. Servers keep recently authenticated callers in
-- memory and drop them all when it moves (khien-app `credentials`), so a change made by the
-- command line or by another server takes effect within one poll of this row. Triggers, not
-- code, move it: every path that changes these tables does, including one written by hand.
CREATE TABLE access_epoch (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    n  INTEGER NOT NULL
) STRICT;
INSERT INTO access_epoch (id, n) VALUES (1, 0);

CREATE TRIGGER access_epoch_never_falls BEFORE UPDATE ON access_epoch
WHEN NEW.n <= OLD.n OR NEW.id <> OLD.id
BEGIN SELECT RAISE(ABORT, 'the access epoch only rises'); END;
CREATE TRIGGER access_epoch_no_delete BEFORE DELETE ON access_epoch
BEGIN SELECT RAISE(ABORT, 'the access epoch is never deleted'); END;

CREATE TRIGGER access_epoch_users_update AFTER UPDATE ON users
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_users_delete AFTER DELETE ON users
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_organisations_delete AFTER DELETE ON organisations
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_sessions_update AFTER UPDATE ON sessions
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_sessions_delete AFTER DELETE ON sessions
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_tokens_update AFTER UPDATE ON api_tokens
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_tokens_delete AFTER DELETE ON api_tokens
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_memberships_insert AFTER INSERT ON memberships
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_memberships_update AFTER UPDATE ON memberships
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_memberships_delete AFTER DELETE ON memberships
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_supervisions_insert AFTER INSERT ON supervisions
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_supervisions_update AFTER UPDATE ON supervisions
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_supervisions_delete AFTER DELETE ON supervisions
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;

-- `INSERT OR REPLACE` deletes the row it replaces without firing the DELETE triggers above
-- (nor the UPDATE ones): on the tables of credentials it would change access without moving
-- the epoch. An insert that meets an existing row moves it (a plain INSERT then fails on
-- the unique key, and the move is undone with the statement).
CREATE TRIGGER access_epoch_users_replace BEFORE INSERT ON users
WHEN EXISTS (SELECT 1 FROM users WHERE id = NEW.id OR email = NEW.email)
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_sessions_replace BEFORE INSERT ON sessions
WHEN EXISTS (SELECT 1 FROM sessions WHERE id = NEW.id OR digest = NEW.digest)
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER access_epoch_tokens_replace BEFORE INSERT ON api_tokens
WHEN EXISTS (SELECT 1 FROM api_tokens WHERE id = NEW.id OR digest = NEW.digest)
BEGIN UPDATE access_epoch SET n = n + 1 WHERE id = 1; END;
