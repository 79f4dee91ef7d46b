-- Guichet schema, version 1. One schema for SQLite and PostgreSQL: placeholders in double
-- braces are expanded by SqlDialect ({{pk}} surrogate key, {{id}} reference to one, {{timestamp}}
-- UTC instant, {{date}} civil date, {{bool}}, {{now}} the database clock). Lines after
-- "-- @sqlite" or "-- @postgresql" are for that engine only, up to the next "-- @all".
-- Statements end with a semicolon at the end of a line.

-- Insured persons: the fund's civil-status record, keyed by a surrogate id because the NIR of a
-- person can change when their civil status is corrected (person_nir_history keeps the old ones).
CREATE TABLE persons (
    id {{pk}},
    nir TEXT NOT NULL,
    sex INTEGER NOT NULL CHECK (sex IN (1, 2, 3, 4, 7, 8)),
    last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 200),
    first_names TEXT NOT NULL CHECK (length(first_names) BETWEEN 1 AND 200),
    birth_date {{date}} NOT NULL,
    birth_place TEXT NOT NULL CHECK (length(birth_place) BETWEEN 1 AND 200),
    certified {{bool}} NOT NULL DEFAULT FALSE,
    certification_ref TEXT,
    certified_at {{timestamp}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    CONSTRAINT persons_nir_length CHECK (length(nir) = 15)
);
CREATE UNIQUE INDEX persons_nir_key ON persons (nir);
CREATE INDEX persons_last_name_idx ON persons (last_name);

CREATE TABLE person_nir_history (
    id {{pk}},
    person_id {{id}} NOT NULL REFERENCES persons (id),
    nir TEXT NOT NULL CHECK (length(nir) = 15),
    valid_from {{timestamp}} NOT NULL DEFAULT {{now}},
    valid_to {{timestamp}},
    change_reason TEXT
);
CREATE INDEX person_nir_history_person_idx ON person_nir_history (person_id, valid_from);
CREATE INDEX person_nir_history_nir_idx ON person_nir_history (nir);

-- Stand-in for the national register (RNIPP): the reference that certification matches against.
CREATE TABLE national_register (
    id {{pk}},
    nir TEXT NOT NULL CHECK (length(nir) = 15),
    sex INTEGER NOT NULL CHECK (sex IN (1, 2, 3, 4, 7, 8)),
    last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 200),
    first_names TEXT NOT NULL CHECK (length(first_names) BETWEEN 1 AND 200),
    birth_date {{date}} NOT NULL,
    birth_place TEXT NOT NULL CHECK (length(birth_place) BETWEEN 1 AND 200),
    reference TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}}
);
CREATE UNIQUE INDEX national_register_nir_key ON national_register (nir);
CREATE UNIQUE INDEX national_register_reference_key ON national_register (reference);

-- Desk agents. The password is an Argon2id PHC string.
CREATE TABLE agents (
    id {{pk}},
    login TEXT NOT NULL CHECK (length(login) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    active {{bool}} NOT NULL DEFAULT TRUE,
    failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    last_login_at {{timestamp}},
    disabled_at {{timestamp}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}}
);
CREATE UNIQUE INDEX agents_login_key ON agents (login);

-- Portal accounts: one per insured person. The temporary password lives on the account row, so
-- there can never be two live ones; only its Argon2id hash is stored.
CREATE TABLE accounts (
    id {{pk}},
    person_id {{id}} NOT NULL REFERENCES persons (id),
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    status TEXT NOT NULL CHECK (status IN ('pending_activation', 'active', 'locked')),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at {{timestamp}},
    locked_at {{timestamp}},
    temp_password_hash TEXT,
    temp_password_issued_at {{timestamp}},
    temp_password_expires_at {{timestamp}},
    temp_password_used_at {{timestamp}},
    password_hash TEXT,
    password_changed_at {{timestamp}},
    secret_question TEXT,
    secret_answer_hash TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    CONSTRAINT accounts_locked_at CHECK (status <> 'locked' OR locked_at IS NOT NULL),
    CONSTRAINT accounts_temp_password CHECK (temp_password_hash IS NULL
        OR (temp_password_issued_at IS NOT NULL AND temp_password_expires_at IS NOT NULL))
);
CREATE UNIQUE INDEX accounts_person_key ON accounts (person_id);
CREATE INDEX accounts_status_idx ON accounts (status);
CREATE INDEX accounts_email_idx ON accounts (email);
CREATE INDEX accounts_temp_expiry_idx ON accounts (temp_password_expires_at);

-- Every login attempt on the portal (kept 12 months by default).
CREATE TABLE login_attempts (
    id {{pk}},
    account_id {{id}} NOT NULL REFERENCES accounts (id),
    attempted_at {{timestamp}} NOT NULL DEFAULT {{now}},
    kind TEXT NOT NULL CHECK (kind IN ('password', 'temporary', 'secret_answer')),
    success {{bool}} NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX login_attempts_account_idx ON login_attempts (account_id, attempted_at, id);
CREATE INDEX login_attempts_time_idx ON login_attempts (attempted_at, id);

-- Desk calls.
CREATE TABLE calls (
    id {{pk}},
    agent_id {{id}} NOT NULL REFERENCES agents (id),
    workstation TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    person_id {{id}} REFERENCES persons (id),
    started_at {{timestamp}} NOT NULL DEFAULT {{now}},
    ended_at {{timestamp}},
    outcome TEXT,
    note TEXT,
    verified_at {{timestamp}},
    verification_failures INTEGER NOT NULL DEFAULT 0 CHECK (verification_failures >= 0)
);
CREATE INDEX calls_time_idx ON calls (started_at, id);
CREATE INDEX calls_agent_idx ON calls (agent_id, started_at, id);
CREATE INDEX calls_person_idx ON calls (person_id, started_at, id);
CREATE INDEX calls_reason_idx ON calls (reason, started_at);

-- Lockouts: opened by the 5th failed attempt, closed by an unlock (who, when, why, which call).
CREATE TABLE lockout_events (
    id {{pk}},
    account_id {{id}} NOT NULL REFERENCES accounts (id),
    locked_at {{timestamp}} NOT NULL,
    failed_attempts INTEGER NOT NULL,
    unlocked_at {{timestamp}},
    unlocked_by {{id}} REFERENCES agents (id),
    unlock_reason TEXT,
    unlock_call_id {{id}} REFERENCES calls (id),
    CONSTRAINT lockout_events_unlock CHECK (unlocked_at IS NULL OR unlocked_by IS NOT NULL)
);
CREATE INDEX lockout_events_time_idx ON lockout_events (locked_at, id);
CREATE INDEX lockout_events_account_idx ON lockout_events (account_id, locked_at, id);
CREATE INDEX lockout_events_unlocked_by_idx ON lockout_events (unlocked_by, locked_at, id);
CREATE INDEX lockout_events_unlocked_at_idx ON lockout_events (unlocked_at, id);
CREATE UNIQUE INDEX lockout_events_open_key ON lockout_events (account_id) WHERE unlocked_at IS NULL;

-- Every consultation of a person's record by a desk (traceability of access to personal data).
CREATE TABLE consultations (
    id {{pk}},
    agent_id {{id}} NOT NULL REFERENCES agents (id),
    call_id {{id}} REFERENCES calls (id),
    person_id {{id}} NOT NULL REFERENCES persons (id),
    consulted_at {{timestamp}} NOT NULL DEFAULT {{now}},
    workstation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consultations_time_idx ON consultations (consulted_at, id);
CREATE INDEX consultations_person_idx ON consultations (person_id, consulted_at);
CREATE INDEX consultations_agent_idx ON consultations (agent_id, consulted_at);

-- Append-only audit trail; each row is chained to the previous one by its hash.
CREATE TABLE audit_events (
    id {{pk}},
    occurred_at {{timestamp}} NOT NULL DEFAULT {{now}},
    agent_id {{id}} REFERENCES agents (id),
    agent_login TEXT NOT NULL,
    agent_role TEXT NOT NULL,
    workstation TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    account_id {{id}} REFERENCES accounts (id),
    call_id {{id}} REFERENCES calls (id),
    reason TEXT,
    outcome TEXT NOT NULL,
    app_version TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at, id);
CREATE INDEX audit_events_agent_idx ON audit_events (agent_id, occurred_at, id);
CREATE INDEX audit_events_account_idx ON audit_events (account_id, occurred_at, id);
CREATE INDEX audit_events_action_idx ON audit_events (action, occurred_at, id);
CREATE UNIQUE INDEX audit_events_hash_key ON audit_events (hash);

-- Mail to send. A temporary-password row holds a request, never the secret: the dispatcher
-- generates it at delivery time. The body of other messages is erased once sent.
CREATE TABLE mail_outbox (
    id {{pk}},
    account_id {{id}} REFERENCES accounts (id),
    kind TEXT NOT NULL CHECK (kind IN ('temporary_password', 'email_confirmation', 'address_change_notice')),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'fr',
    payload TEXT,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at {{timestamp}} NOT NULL DEFAULT {{now}},
    claimed_until {{timestamp}},
    last_error TEXT,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    sent_at {{timestamp}}
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at, id);
CREATE INDEX mail_outbox_account_idx ON mail_outbox (account_id, created_at, id);
