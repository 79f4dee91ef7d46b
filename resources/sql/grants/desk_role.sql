-- What a desk's database login may do, and nothing more: run by the login that owns the schema,
-- after `guichetctl init` or `guichetctl migrate`, as
--     psql "postgresql://OWNER@HOST/DB?sslmode=verify-full" -v ON_ERROR_STOP=1 -f desk_role.sql
-- IT first creates the group role and the logins in it (this file never creates a role):
--     CREATE ROLE guichet_desk NOLOGIN;
--     CREATE ROLE desk_lyon LOGIN PASSWORD '…' IN ROLE guichet_desk;
-- Desks (agents, supervisors, admins: Guichet checks each agent's role itself), guichetctl's desk,
-- history, audit, purge and agent commands, and the shared mail service (`guichetctl mailer run`)
-- all work with these grants. No DDL, no TRUNCATE, no ownership: migrating stays the owner's step.
-- The test tests/tst_pgroles.cpp runs every desk command with exactly these grants; a table that a
-- new migration adds must be listed here (tst_pgroles checks that every table is).

-- The schema itself: reach its objects (PostgreSQL 15 grants it to PUBLIC on "public"; IT may
-- have revoked it).
GRANT USAGE ON SCHEMA public TO guichet_desk;

-- The schema's version, read when a desk opens the database.
GRANT SELECT ON schema_version TO guichet_desk;

-- The national register is the reference: read only (register add is the owner's step).
GRANT SELECT ON national_register TO guichet_desk;

-- The audit trail is append-only: read and append (its triggers refuse UPDATE, DELETE, TRUNCATE
-- for everyone, owner included).
GRANT SELECT, INSERT ON audit_events TO guichet_desk;

-- Its seals and checkpoints (migration 009), append-only too: the sequencer (guichetctl audit
-- sequencer run, as the mail service's login) inserts seals, a supervisor's audit checkpoint
-- records one checkpoint, audit verify and the supervisors' desk read them. Once the logins are
-- split by group: seals SELECT for supervisors and admins, SELECT + INSERT for the mailer (the
-- sequencer); checkpoints SELECT + INSERT for supervisors and admins; agents neither.
GRANT SELECT, INSERT ON audit_seals, audit_checkpoints TO guichet_desk;

-- The desk's own data: what it reads, records and corrects.
GRANT SELECT, INSERT, UPDATE ON persons, person_nir_history, agents, accounts, calls, lockout_events,
    operation_requests, mail_outbox TO guichet_desk;

-- A change of e-mail address made at the desk and the approval a reissue to it waits for (migration
-- 010). Per group once the roles are split: guichet_agent SELECT, INSERT on email_changes (the
-- change it confirms) and SELECT, INSERT on reissue_approvals (the request); guichet_supervisor
-- also UPDATE on reissue_approvals (only a supervisor approves; the application refuses an
-- approval of one's own request); guichet_mailer SELECT, UPDATE on email_changes (the refusal
-- code's hash); guichet_portal SELECT, UPDATE on email_changes and UPDATE on reissue_approvals
-- (the holder's refusal cancels the request). Nobody gets DELETE.
GRANT SELECT, INSERT, UPDATE ON email_changes, reissue_approvals TO guichet_desk;

-- Whether mail delivery is paused (one row, created by migration 005): the mail service sets and
-- lifts the pause, the desk shows it on the account's last mail.
GRANT SELECT, UPDATE ON mail_service_state TO guichet_desk;

-- The portal's login attempts and the consultation records: the purge deletes the old ones.
GRANT SELECT, INSERT, UPDATE, DELETE ON login_attempts, consultations TO guichet_desk;

-- Every identity check of a person (migration 011): recorded, never changed; counted for the
-- per-person limit and the supervisors' flag.
GRANT SELECT, INSERT ON identity_checks TO guichet_desk;

-- The identity columns' sequences: every INSERT above draws its id from one.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO guichet_desk;
