-- Guichet schema, version 13: each agent signs in to PostgreSQL with a login of their own, so that
-- the server itself checks the password (SCRAM) and applies the agent's group (roles.sql,
-- groups.sql) to every statement of the desk. Same conventions as 001. Nothing changes on SQLite
-- (the single-desk mode, where the application alone enforces the roles).
--
-- Roles are the cluster's, agents are the database's: an agent's login is named
-- "<agent's login>@<database>" (guichet_agent_login_role), as PostgreSQL's former
-- db_user_namespace did, so that "alice" of two databases on one server are two logins and no
-- agent's login can take a group's name. A login role exists only for agents added since this
-- version (guichetctl agent add); earlier agents keep signing in through a shared login until an
-- administrator adds them again or sets their password.
--
-- These functions run as the schema's owner (SECURITY DEFINER), which needs CREATEROLE (and, from
-- PostgreSQL 16, ADMIN OPTION on the groups): see roles.sql.
-- @postgresql
CREATE FUNCTION guichet_agent_login_role(p_login TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
SELECT p_login || '@' || current_database();
$$;

-- Creates (or takes over, when a database of the same name left it behind) the login of an agent
-- of this database, in the group of its role, with the SCRAM verifier computed by the client: the
-- password is never in a statement. Only an admin of this database (or its owner, for the first
-- admin) may; the agent must exist in agents with that role (the same transaction added it).
CREATE FUNCTION guichet_create_agent_login(p_login TEXT, p_verifier TEXT) RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_role TEXT;
    v_name TEXT := guichet_agent_login_role(p_login);
    v_group TEXT;
BEGIN
    IF NOT (pg_has_role(session_user, 'guichet_admin', 'MEMBER')
            OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                           'MEMBER')) THEN
        RAISE EXCEPTION 'only an administrator creates agents'' logins' USING ERRCODE = '42501';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier is required' USING ERRCODE = '22023';
    END IF;
    IF octet_length(v_name) > 63 THEN
        RAISE EXCEPTION 'login too long for a database login' USING ERRCODE = '22001';
    END IF;
    SELECT a.role INTO v_role FROM agents a WHERE a.login = p_login;
    IF v_role IS NULL THEN
        RAISE EXCEPTION 'no such agent' USING ERRCODE = '22023';
    END IF;
    v_group := 'guichet_' || v_role;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_name) THEN
        EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L VALID UNTIL %L',
                       v_name, p_verifier, 'infinity');
        EXECUTE format('REVOKE guichet_agent, guichet_supervisor, guichet_admin FROM %I', v_name);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', v_name, p_verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', v_group, v_name);
    RETURN v_name;
END;
$$;
REVOKE ALL ON FUNCTION guichet_create_agent_login(TEXT, TEXT) FROM PUBLIC;

-- A disabled agent's login no longer authenticates: its password expires (VALID UNTIL in the past,
-- which the server answers exactly as a wrong password, so nothing tells that the login exists);
-- enabling it again makes the password valid. Whoever changes agents.active (an admin's desk or
-- the owner in psql), the login follows.
CREATE FUNCTION guichet_agent_login_follow() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_name TEXT := guichet_agent_login_role(NEW.login);
BEGIN
    IF NEW.active IS DISTINCT FROM OLD.active AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_name) THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', v_name,
                       CASE WHEN NEW.active THEN 'infinity' ELSE '1970-01-01 00:00:00+00' END);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER agents_login_follow AFTER UPDATE OF active ON agents
    FOR EACH ROW EXECUTE FUNCTION guichet_agent_login_follow();
ALTER TABLE agents ENABLE ALWAYS TRIGGER agents_login_follow;

-- The sign-in reads the hash of the agent it is connected as (now "<login>@<database>"), and no
-- other; a login that may read the column anyway (the owner, the legacy shared login) any.
CREATE OR REPLACE FUNCTION guichet_agent_password_hash(p_login TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
SELECT a.password_hash FROM agents a
WHERE a.login = p_login
  AND (guichet_agent_login_role(a.login) = CAST(session_user AS TEXT)
       OR a.login = CAST(session_user AS TEXT)
       OR has_column_privilege(session_user, 'public.agents', 'password_hash', 'SELECT'));
$$;

-- How desks sign in on this database, seen from the login that opened it: 'agent_logins' when it
-- is a gate login (group guichet_gate: it may only record a failed sign-in), so that each agent
-- then connects as their own login; 'shared_login' otherwise (the owner, a superuser, a login of
-- the legacy group guichet_desk).
CREATE FUNCTION guichet_sign_in_mode() RETURNS TEXT
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
    IF to_regrole('guichet_gate') IS NULL OR to_regrole('guichet_agent') IS NULL
       OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
        RETURN 'shared_login';
    END IF;
    IF pg_has_role(session_user, 'guichet_gate', 'MEMBER') AND NOT pg_has_role(session_user, 'guichet_agent', 'MEMBER') THEN
        RETURN 'agent_logins';
    END IF;
    RETURN 'shared_login';
END;
$$;

-- The e-mail confirmation code, checked without a desk reading it (the desk groups lose the column):
-- the mail service stores a digest PostgreSQL can check (CodeDigest: sha256$salt$digest), and the
-- desk asks whether the code the caller reads out matches. A code stored before this version was an
-- Argon2id hash: it never matches, and the agent has a new code sent.
CREATE FUNCTION guichet_email_code_matches(p_account BIGINT, p_code TEXT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
SELECT COALESCE((SELECT split_part(a.email_code_hash, '$', 1) = 'sha256'
                        AND encode(sha256(decode(split_part(a.email_code_hash, '$', 2), 'hex')
                                          || convert_to(p_code, 'UTF8')), 'hex')
                            = split_part(a.email_code_hash, '$', 3)
                 FROM accounts a WHERE a.id = p_account), FALSE);
$$;
REVOKE ALL ON FUNCTION guichet_email_code_matches(BIGINT, TEXT) FROM PUBLIC;

-- Whether a code was sent, for the desk, which may not read the digest (as has_password, 008).
ALTER TABLE accounts ADD COLUMN has_email_code BOOLEAN GENERATED ALWAYS AS (email_code_hash IS NOT NULL) STORED;
ALTER TABLE email_changes ADD COLUMN has_refusal_code BOOLEAN
    GENERATED ALWAYS AS (refusal_code_hash IS NOT NULL) STORED;

-- A code belongs to the pending address it was sent to: a new pending address, or the address
-- confirmed, drops it, whoever writes the row (the desk no longer writes the column).
CREATE FUNCTION guichet_clear_email_code() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.pending_email IS DISTINCT FROM OLD.pending_email OR NEW.email IS DISTINCT FROM OLD.email THEN
        NEW.email_code_hash := NULL;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_clear_email_code BEFORE UPDATE OF pending_email, email ON accounts
    FOR EACH ROW EXECUTE FUNCTION guichet_clear_email_code();
-- @sqlite
ALTER TABLE accounts ADD COLUMN has_email_code INTEGER GENERATED ALWAYS AS (email_code_hash IS NOT NULL) VIRTUAL;
ALTER TABLE email_changes ADD COLUMN has_refusal_code INTEGER GENERATED ALWAYS AS (refusal_code_hash IS NOT NULL) VIRTUAL;
CREATE TRIGGER accounts_clear_email_code AFTER UPDATE OF pending_email, email ON accounts
    WHEN NEW.pending_email IS NOT OLD.pending_email OR NEW.email IS NOT OLD.email
BEGIN
    UPDATE accounts SET email_code_hash = NULL WHERE id = NEW.id;
END;
-- @all
