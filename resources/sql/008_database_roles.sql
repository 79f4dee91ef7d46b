-- Guichet schema, version 8: the database enforces what each role may do (PostgreSQL). Same
-- conventions as 001. The group roles and their grants are not a migration's: an administrator
-- creates the roles once (resources/sql/grants/roles.sql, as a superuser) and the owner grants after
-- migrating (resources/sql/grants/groups.sql). SQLite stays the single-desk mode, where the
-- application alone enforces the roles: only the columns below exist there.

-- Who wrote each event, in the database's own terms: the login of the session (PostgreSQL's
-- session_user, filled by the database whatever the statement says; the desk groups may not even
-- name the column). AuditLog neither writes nor hashes it. NULL on SQLite.
-- @postgresql
ALTER TABLE audit_events ADD COLUMN db_user TEXT DEFAULT CAST(session_user AS TEXT);
-- @sqlite
ALTER TABLE audit_events ADD COLUMN db_user TEXT;
-- @all

-- Whether an account has a password or a temporary one, without reading the hash: the desk groups
-- may not read any hash column (PostgreSQL column privileges), the desk needs only these.
-- @postgresql
ALTER TABLE accounts ADD COLUMN has_password BOOLEAN GENERATED ALWAYS AS (password_hash IS NOT NULL) STORED;
ALTER TABLE accounts ADD COLUMN has_temp_password BOOLEAN GENERATED ALWAYS AS (temp_password_hash IS NOT NULL) STORED;
-- @sqlite
ALTER TABLE accounts ADD COLUMN has_password INTEGER GENERATED ALWAYS AS (password_hash IS NOT NULL) VIRTUAL;
ALTER TABLE accounts ADD COLUMN has_temp_password INTEGER GENERATED ALWAYS AS (temp_password_hash IS NOT NULL) VIRTUAL;
-- @postgresql

-- The append-only triggers fire whatever session_replication_role says (a superuser's "replica"
-- session skipped them): UPDATE, DELETE and TRUNCATE of audit_events are refused to everyone.
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_no_update_delete;
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_no_truncate;

-- One audit event written by the database itself, chained exactly as AuditLog::append chains its
-- own (the same advisory lock, the same canonical JSON array hashed with SHA-256, the database's
-- clock truncated to the millisecond), so that AuditLog::verify checks it like any other.
-- agent_login is the session's login, agent_role is empty, app_version is "database".
CREATE FUNCTION guichet_audit_database_event(p_action TEXT, p_account_id BIGINT, p_reason TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_at TIMESTAMPTZ;
    v_previous TEXT;
    v_login TEXT := CAST(session_user AS TEXT);
    v_workstation TEXT := COALESCE(host(inet_client_addr()), '');
    v_canonical TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(5149137624642188290);
    v_at := date_trunc('milliseconds', clock_timestamp());
    SELECT hash INTO v_previous FROM audit_events ORDER BY id DESC LIMIT 1;
    v_previous := COALESCE(v_previous, repeat('0', 64));
    v_canonical := '[' || to_json(CAST('guichet-audit-v1' AS TEXT))
        || ',' || to_json(to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        || ',0,' || to_json(v_login) || ',' || to_json(CAST('' AS TEXT)) || ',' || to_json(v_workstation)
        || ',' || to_json(p_action) || ',' || CAST(COALESCE(p_account_id, 0) AS TEXT) || ',0,'
        || to_json(COALESCE(p_reason, '')) || ',' || to_json(CAST('ok' AS TEXT))
        || ',' || to_json(CAST('database' AS TEXT)) || ',' || to_json(v_previous) || ']';
    INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation, action, account_id,
                              call_id, reason, outcome, app_version, prev_hash, hash)
    VALUES (v_at, NULL, v_login, '', v_workstation, p_action, p_account_id, NULL, p_reason, 'ok', 'database',
            v_previous, encode(sha256(convert_to(v_canonical, 'UTF8')), 'hex'));
END;
$$;
REVOKE ALL ON FUNCTION guichet_audit_database_event(TEXT, BIGINT, TEXT) FROM PUBLIC;

-- A change of an account's address or lock, by whoever makes it (a desk, the portal, the mail
-- service, or a login typing in psql), leaves an event "row_changed" naming the columns changed
-- (never their values) and, in db_user, the login that changed them.
CREATE FUNCTION guichet_audit_account_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_columns TEXT[] := ARRAY[]::TEXT[];
BEGIN
    IF NEW.email IS DISTINCT FROM OLD.email THEN
        v_columns := v_columns || CAST('email' AS TEXT);
    END IF;
    IF NEW.pending_email IS DISTINCT FROM OLD.pending_email THEN
        v_columns := v_columns || CAST('pending_email' AS TEXT);
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        v_columns := v_columns || CAST('status' AS TEXT);
    END IF;
    IF NEW.locked_at IS DISTINCT FROM OLD.locked_at THEN
        v_columns := v_columns || CAST('locked_at' AS TEXT);
    END IF;
    IF cardinality(v_columns) > 0 THEN
        PERFORM guichet_audit_database_event('row_changed', NEW.id,
                                             'table=accounts;columns=' || array_to_string(v_columns, ','));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_audit_change AFTER UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION guichet_audit_account_change();
ALTER TABLE accounts ENABLE ALWAYS TRIGGER accounts_audit_change;

-- The same for an agent's role, password or whether the login is enabled.
CREATE FUNCTION guichet_audit_agent_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_columns TEXT[] := ARRAY[]::TEXT[];
BEGIN
    IF NEW.role IS DISTINCT FROM OLD.role THEN
        v_columns := v_columns || CAST('role' AS TEXT);
    END IF;
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        v_columns := v_columns || CAST('password_hash' AS TEXT);
    END IF;
    IF NEW.active IS DISTINCT FROM OLD.active THEN
        v_columns := v_columns || CAST('active' AS TEXT);
    END IF;
    IF NEW.login IS DISTINCT FROM OLD.login THEN
        v_columns := v_columns || CAST('login' AS TEXT);
    END IF;
    IF cardinality(v_columns) > 0 THEN
        PERFORM guichet_audit_database_event('row_changed', NULL,
                                             'table=agents;agent=' || NEW.login || ';columns='
                                             || array_to_string(v_columns, ','));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER agents_audit_change AFTER UPDATE ON agents
    FOR EACH ROW EXECUTE FUNCTION guichet_audit_agent_change();
ALTER TABLE agents ENABLE ALWAYS TRIGGER agents_audit_change;

-- An agent's password hash, for the desk's sign-in (Argon2id is checked by the application):
-- the desk groups may not read agents.password_hash, they get the hash of the login they are
-- connected as, and nobody else's. A login that may read the column anyway (the owner, a
-- superuser, the legacy shared desk login guichet_desk) gets any.
CREATE FUNCTION guichet_agent_password_hash(p_login TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
SELECT a.password_hash FROM agents a
WHERE a.login = p_login
  AND (a.login = CAST(session_user AS TEXT)
       OR has_column_privilege(session_user, 'public.agents', 'password_hash', 'SELECT'));
$$;
REVOKE ALL ON FUNCTION guichet_agent_password_hash(TEXT) FROM PUBLIC;
-- @all
