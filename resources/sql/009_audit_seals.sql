-- Guichet schema, version 9: the audit trail sealed under a key that the database does not hold.
-- Same conventions as 001.

-- Desks no longer chain events when they insert them (that took one global lock): an event's
-- prev_hash and hash are left empty from now on, and the rows written before keep theirs, for
-- history (SQLite cannot drop a NOT NULL without rebuilding the append-only table). Empty hashes
-- repeat, so their unique index goes.
DROP INDEX audit_events_hash_key;

-- One row per sealed event, written by the sequencer (guichetctl audit sequencer run) in its own
-- order of discovery: seq counts from 1 without a gap, whatever the order of the events' ids.
-- mac is HMAC-SHA-512-256 (libsodium crypto_auth), hexadecimal, under the sequencer's key, over
-- the event's canonical form, its seq, sealed_at and the previous seal's mac (AuditSealer).
CREATE TABLE audit_seals (
    seq {{id}} NOT NULL PRIMARY KEY CHECK (seq >= 1),
    event_id {{id}} NOT NULL REFERENCES audit_events (id),
    sealed_at {{timestamp}} NOT NULL,
    mac TEXT NOT NULL CHECK (length(mac) = 64)
);
CREATE UNIQUE INDEX audit_seals_event_key ON audit_seals (event_id);

-- Each checkpoint taken (guichetctl audit checkpoint): the administrator keeps the signed head
-- outside the database; the database only remembers that it was taken, when, up to which seal,
-- and by whom. The supervisors' desk shows the last one.
CREATE TABLE audit_checkpoints (
    id {{pk}},
    taken_at {{timestamp}} NOT NULL DEFAULT {{now}},
    last_seq {{id}} NOT NULL,
    events {{id}} NOT NULL,
    taken_by TEXT NOT NULL
);

-- Both are append-only, like audit_events.
-- @sqlite
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals
BEGIN
    SELECT RAISE(ABORT, 'audit_seals is append-only');
END;
CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals
BEGIN
    SELECT RAISE(ABORT, 'audit_seals is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
-- @postgresql
CREATE FUNCTION guichet_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_seals_no_update_delete BEFORE UPDATE OR DELETE ON audit_seals
    FOR EACH ROW EXECUTE FUNCTION guichet_append_only();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
    FOR EACH STATEMENT EXECUTE FUNCTION guichet_append_only();
CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION guichet_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION guichet_append_only();
-- ENABLE ALWAYS: they fire even under session_replication_role = replica.
ALTER TABLE audit_seals ENABLE ALWAYS TRIGGER audit_seals_no_update_delete;
ALTER TABLE audit_seals ENABLE ALWAYS TRIGGER audit_seals_no_truncate;
ALTER TABLE audit_checkpoints ENABLE ALWAYS TRIGGER audit_checkpoints_no_update_delete;
ALTER TABLE audit_checkpoints ENABLE ALWAYS TRIGGER audit_checkpoints_no_truncate;

-- The events the database writes itself (migration 008: a change of an account's address or lock,
-- of an agent's role…) are no longer chained either: the sequencer seals them like the others, and
-- no global lock is taken for them.
CREATE OR REPLACE FUNCTION guichet_audit_database_event(p_action TEXT, p_account_id BIGINT, p_reason TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation, action, account_id,
                              call_id, reason, outcome, app_version, prev_hash, hash)
    VALUES (date_trunc('milliseconds', clock_timestamp()), NULL, CAST(session_user AS TEXT), '',
            COALESCE(host(inet_client_addr()), ''), p_action, p_account_id, NULL, p_reason, 'ok', 'database', '', '');
END;
$$;
REVOKE ALL ON FUNCTION guichet_audit_database_event(TEXT, BIGINT, TEXT) FROM PUBLIC;
-- @all
