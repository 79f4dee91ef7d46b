-- What each group role may do on a Guichet database, and nothing more: run by the login that owns
-- the schema, after `guichetctl init` or `guichetctl migrate` (the groups exist: roles.sql), as
--     psql "postgresql://OWNER@HOST/DB?sslmode=verify-full" -v ON_ERROR_STOP=1 -f groups.sql
-- Running it again changes nothing. No group gets DDL, TRUNCATE, ownership or a trigger: migrating
-- stays the owner's step, and the owner alone may alter a table (its triggers refuse it UPDATE,
-- DELETE and TRUNCATE of audit_events all the same). Each privilege below is what a code path of
-- that role needs (the desk, guichetctl's desk, history, audit, purge and agent commands, the mail
-- service, the portal simulator); column lists where a table mixes what a role needs with secrets.
-- No desk group (agent, supervisor, admin) reads or writes a portal password, temporary password
-- or secret-answer hash, nor an agent's password hash (the sign-in gets the hash of its own login
-- only, through guichet_agent_password_hash), nor changes an agent's role, password or login.
-- tests/tst_pgprivileges.cpp tries each refusal from the wrong role; tests/tst_pgroles.cpp runs
-- every desk command with exactly these grants. A table that a new migration adds must be listed
-- here (tst_pgroles checks that every table is).

-- The schema itself, and the schema's version (read when anything opens the database).
GRANT USAGE ON SCHEMA public TO guichet_agent, guichet_mailer, guichet_portal, guichet_gate;
GRANT SELECT ON schema_version TO guichet_agent, guichet_mailer, guichet_portal, guichet_gate;

-- The identity columns' sequences: every INSERT below draws its id from one.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO guichet_agent, guichet_mailer, guichet_portal;

-- Persons and the national register (register and identity add are the owner's steps): read by
-- every desk and by the portal; a supervisor's certification updates the person.
GRANT SELECT ON persons, person_nir_history, national_register TO guichet_agent, guichet_portal, guichet_mailer;
GRANT UPDATE (certified, certification_ref, certified_at, updated_at, version) ON persons TO guichet_supervisor;
GRANT INSERT ON person_nir_history TO guichet_supervisor;

-- Agents. Every desk reads who is who (never the hash) and counts its sign-ins; only an admin
-- adds an agent or disables and enables one. Nobody but the owner changes a role, a password or a
-- login (and a change the owner makes is audited by the database: agents_audit_change).
GRANT SELECT (id, login, display_name, role, active, failed_logins, last_login_at, disabled_at, version, created_at,
              first_failed_at, locked_until) ON agents TO guichet_agent, guichet_mailer, guichet_portal;
GRANT UPDATE (failed_logins, first_failed_at, locked_until, last_login_at, version) ON agents TO guichet_agent;
GRANT INSERT (login, display_name, role, password_hash) ON agents TO guichet_admin;
GRANT UPDATE (active, disabled_at) ON agents TO guichet_admin;
GRANT EXECUTE ON FUNCTION guichet_agent_password_hash(TEXT) TO guichet_agent, guichet_gate;
-- An admin's agent add creates the agent's own login (migration 013), from a SCRAM verifier.
GRANT EXECUTE ON FUNCTION guichet_create_agent_login(TEXT, TEXT) TO guichet_admin;

-- The desks' gate (guichet_gate): the login a desk opens the database with before anyone signs in.
-- It reads the schema's version and, when an agent's own login was refused, records the failed
-- sign-in as the desk does (the count, the lock, one audit event): it reads who is who (never a
-- hash: guichet_agent_password_hash gives it none, so no password ever succeeds through it),
-- counts, and appends. Nothing else: no account, no call, no history.
GRANT SELECT (id, login, display_name, role, active, failed_logins, last_login_at, disabled_at, version, created_at,
              first_failed_at, locked_until) ON agents TO guichet_gate;
GRANT UPDATE (failed_logins, first_failed_at, locked_until, version) ON agents TO guichet_gate;
GRANT USAGE ON SEQUENCE audit_events_id_seq TO guichet_gate;

-- Portal accounts. The desk reads and changes the address and the lock, never a hash (it reads
-- has_password and has_temp_password instead), nor the e-mail code's: the database tells it whether
-- the code the caller reads out matches (guichet_email_code_matches, migration 013) and drops the
-- code when the pending address changes. Every change of address or lock is audited by the
-- database (accounts_audit_change).
GRANT SELECT (id, person_id, email, status, failed_attempts, last_failed_at, locked_at, temp_password_issued_at,
              temp_password_expires_at, temp_password_used_at, password_changed_at, secret_question, pending_email,
              email_code_expires_at, email_code_attempts, version, desk_version, created_at,
              updated_at, has_password, has_temp_password, has_email_code) ON accounts TO guichet_agent;
GRANT UPDATE (email, status, failed_attempts, last_failed_at, locked_at, pending_email,
              email_code_expires_at, email_code_attempts, version, desk_version, updated_at) ON accounts
    TO guichet_agent;
GRANT EXECUTE ON FUNCTION guichet_email_code_matches(BIGINT, TEXT) TO guichet_agent;
-- The portal owns the passwords and secret answers; the mail service stores the temporary
-- password and the e-mail code it generates at delivery time.
GRANT SELECT, INSERT, UPDATE ON accounts TO guichet_portal;
GRANT SELECT, UPDATE ON accounts TO guichet_mailer;

-- Lockouts: the portal opens them; an agent's unlock closes the open one (and reads nothing else
-- of the history); supervisors read the history.
GRANT SELECT, INSERT ON lockout_events TO guichet_portal;
-- The trigger of migration 012 recounts the account's repeats as the portal's insert's own role.
GRANT UPDATE (repeat_count) ON lockout_events TO guichet_portal;
GRANT SELECT (id, account_id, unlocked_at) ON lockout_events TO guichet_agent;
GRANT UPDATE (unlocked_at, unlocked_by, unlock_reason, unlock_call_id) ON lockout_events TO guichet_agent;
GRANT SELECT ON lockout_events TO guichet_supervisor;

-- The portal's login attempts: the portal records them, supervisors read them in the history, the
-- admin's purge deletes the old ones.
GRANT INSERT ON login_attempts TO guichet_portal;
GRANT SELECT ON login_attempts TO guichet_supervisor, guichet_portal;
GRANT DELETE ON login_attempts TO guichet_admin;

-- Calls, consultations of a person's record and the idempotency records: the desk's own.
GRANT SELECT, INSERT, UPDATE ON calls TO guichet_agent;
GRANT INSERT, SELECT (id) ON consultations TO guichet_agent; -- the id it RETURNS, nothing else
GRANT SELECT, DELETE ON consultations TO guichet_admin;
GRANT SELECT, INSERT ON operation_requests TO guichet_agent;

-- Mail: the desk queues (and supersedes its queued request), the mail service delivers.
GRANT SELECT, INSERT, UPDATE ON mail_outbox TO guichet_agent, guichet_mailer, guichet_portal;
GRANT SELECT ON mail_service_state TO guichet_agent, guichet_portal;
GRANT SELECT, UPDATE ON mail_service_state TO guichet_mailer;

-- The audit trail is append-only (its triggers refuse UPDATE, DELETE and TRUNCATE to everyone, the
-- owner included, whatever session_replication_role says). Anyone who acts appends, but never
-- names db_user (the database fills it with the session's login) nor an id. An agent's desk reads
-- only what chaining and its conflict check need (AuditLog::append, AuditLog::lastDeskAction):
-- never the reasons, workstations or logins' database users; supervisors read everything.
GRANT INSERT (occurred_at, agent_id, agent_login, agent_role, workstation, action, account_id, call_id, reason,
              outcome, app_version, prev_hash, hash) ON audit_events
    TO guichet_agent, guichet_mailer, guichet_portal, guichet_gate;
GRANT SELECT (id, hash, occurred_at, agent_login, action, account_id, call_id, outcome) ON audit_events
    TO guichet_agent, guichet_mailer, guichet_portal, guichet_gate;
GRANT SELECT ON audit_events TO guichet_supervisor;

-- The legacy shared desk login (guichet_desk, a member of every group above): until each desk
-- connects as its agent, one login signs every agent in, so it reads every agent's password hash
-- (the sign-in checks it). Revoke this once no login is left in guichet_desk.
GRANT SELECT (password_hash) ON agents TO guichet_desk;

-- The audit's seals and checkpoints (migration 009), append-only like the events: the sequencer
-- (guichetctl audit sequencer run, as the mail service's login) reads every event and inserts the
-- seals; supervisors read both (audit verify, the last checkpoint on their desk) and record a
-- checkpoint (audit checkpoint, run where the key is). Agents neither.
GRANT SELECT ON audit_events TO guichet_mailer;
GRANT SELECT, INSERT ON audit_seals TO guichet_mailer;
GRANT SELECT ON audit_seals TO guichet_supervisor;
GRANT SELECT, INSERT ON audit_checkpoints TO guichet_supervisor, guichet_mailer;

-- A change of e-mail address made at the desk and the approval a reissue to it waits for (migration
-- 010). The desk records the change and asks for the approval; only a supervisor approves (the
-- application also refuses an approval of one's own request); the mail service stores the refusal
-- code's hash when the notice leaves; the portal records the holder's refusal and cancels the
-- request. Nobody deletes. The desk reads every column but the refusal code's hash.
GRANT SELECT (id, account_id, previous_email, new_email, changed_at, waiting_until, agent_id, call_id, notice_mail_id,
              refusal_attempts, refused_at, has_refusal_code), INSERT ON email_changes TO guichet_agent;
GRANT SELECT, UPDATE ON email_changes TO guichet_mailer, guichet_portal;
GRANT SELECT, INSERT ON reissue_approvals TO guichet_agent;
GRANT UPDATE (approved_by, approved_at) ON reissue_approvals TO guichet_supervisor;
GRANT SELECT, UPDATE (cancelled_at) ON reissue_approvals TO guichet_portal;

-- Every identity check of a person (migration 011): recorded, never changed; counted for the
-- per-person limit and read for the supervisors' flag; deleted by the retention purge.
GRANT SELECT, INSERT ON identity_checks TO guichet_agent;
GRANT DELETE ON identity_checks TO guichet_admin;
