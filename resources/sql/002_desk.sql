-- Guichet schema, version 2: what the desk's operations need. Same conventions as 001.

-- The audit trail is append-only: the database itself refuses to change or remove a row.
-- @sqlite
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
-- @postgresql
CREATE FUNCTION guichet_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION guichet_audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION guichet_audit_append_only();
-- @all

-- Idempotency: an operation replayed with the same key has one effect and the same answer.
CREATE TABLE operation_requests (
    id {{pk}},
    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 128),
    agent_id {{id}} NOT NULL REFERENCES agents (id),
    action TEXT NOT NULL,
    account_id {{id}} REFERENCES accounts (id),
    result TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}}
);
CREATE UNIQUE INDEX operation_requests_key ON operation_requests (idempotency_key);
CREATE INDEX operation_requests_time_idx ON operation_requests (created_at);

-- A change of e-mail address waits for the code sent to the new address.
ALTER TABLE accounts ADD COLUMN pending_email TEXT;
ALTER TABLE accounts ADD COLUMN email_code_hash TEXT;
ALTER TABLE accounts ADD COLUMN email_code_expires_at {{timestamp}};
ALTER TABLE accounts ADD COLUMN email_code_attempts INTEGER NOT NULL DEFAULT 0;

-- What the desk saw in this call: the account and its version, for the optimistic check.
ALTER TABLE calls ADD COLUMN account_id {{id}} REFERENCES accounts (id);
ALTER TABLE calls ADD COLUMN seen_account_version INTEGER;
CREATE INDEX calls_account_idx ON calls (account_id, started_at);
CREATE INDEX calls_outcome_idx ON calls (outcome, started_at);

CREATE INDEX mail_outbox_time_idx ON mail_outbox (created_at, id);
