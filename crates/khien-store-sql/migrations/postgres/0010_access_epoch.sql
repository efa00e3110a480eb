-- A counter that moves whenever anything that decides who may do what changes: accounts
-- (password, disabled), sessions and tokens ended or revoked, roles, supervision, and the
-- organisations and users they hang on. Servers keep recently authenticated callers in
-- memory and drop them all when it moves (khien-app `credentials`), so a change made by the
-- command line or by another replica takes effect within one poll of this row. Triggers,
-- not code, move it: every path that changes these tables does, including TRUNCATE and a
-- statement written by hand.
CREATE TABLE access_epoch (
    id SMALLINT PRIMARY KEY CHECK (id = 1),
    n  BIGINT NOT NULL
);
INSERT INTO access_epoch (id, n) VALUES (1, 0);

CREATE FUNCTION access_epoch_never_falls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.n <= OLD.n OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'the access epoch only rises';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER access_epoch_never_falls BEFORE UPDATE ON access_epoch
    FOR EACH ROW EXECUTE FUNCTION access_epoch_never_falls();
CREATE TRIGGER access_epoch_no_delete BEFORE DELETE ON access_epoch
    FOR EACH ROW EXECUTE FUNCTION log_refuse();
CREATE TRIGGER access_epoch_no_truncate BEFORE TRUNCATE ON access_epoch
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse();

-- Row-level, so that a statement that changes no row (revoking a token that does not
-- exist) does not make every server forget the callers it keeps; TRUNCATE has no rows and is
-- statement-level.
CREATE FUNCTION access_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE access_epoch SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER access_epoch_users AFTER UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_users_truncate AFTER TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_organisations AFTER DELETE ON organisations
    FOR EACH ROW EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_organisations_truncate AFTER TRUNCATE ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_sessions AFTER UPDATE OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_sessions_truncate AFTER TRUNCATE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_tokens AFTER UPDATE OR DELETE ON api_tokens
    FOR EACH ROW EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_tokens_truncate AFTER TRUNCATE ON api_tokens
    FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_memberships AFTER INSERT OR UPDATE OR DELETE ON memberships
    FOR EACH ROW EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_memberships_truncate AFTER TRUNCATE ON memberships
    FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_supervisions AFTER INSERT OR UPDATE OR DELETE ON supervisions
    FOR EACH ROW EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_supervisions_truncate AFTER TRUNCATE ON supervisions
    FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
