-- Nothing personal in PostgreSQL's server log: Qt's PostgreSQL driver sends each statement with its
-- values written into the text (EXECUTE stmt ('185037510604292', 'marie@example.org', ...)), so a
-- server that logs statements, or the statement of an error, writes NIRs, addresses and Argon2
-- hashes into its log. These settings keep the desk's sessions out of it, whatever the server's
-- postgresql.conf or the database's settings say (a role's settings win over both).
--
-- Run as a SUPERUSER (these parameters are superuser-only: a role's value for them can only be set
-- by one), after roles.sql and groups.sql, and again after each `guichetctl agent add` (or after IT
-- adds a login to a guichet_ group: a role's settings are its own, its members do not inherit them):
--     psql "postgresql://postgres@HOST/DB?sslmode=verify-full" -v ON_ERROR_STOP=1 -f logging.sql
-- It sets them for every login in a group of roles.sql (agents, supervisors, admins, the mail
-- service, the portal, the legacy shared guichet_desk, the desks' gate) and for the
-- database's owner (guichetctl init, register and identity add carry NIRs too), unless the owner is
-- a superuser (run the owner's steps as a login of its own). Check with
--     SELECT rolname, rolconfig FROM pg_roles WHERE rolconfig IS NOT NULL;
-- Errors are still logged, one line each, with their SQLSTATE message; what is left out is the
-- statement, its parameters and the DETAIL line ("Key (nir)=(…) already exists").
--
--   log_statement = none                     no statement text (the default; 'all' or 'mod' would
--                                            log every EXECUTE with its values)
--   log_min_error_statement = panic          no "STATEMENT:" line under an error
--   log_min_duration_statement = -1          no slow-statement lines (they carry the statement)
--   log_min_duration_sample = -1             nor their sampled variant
--   log_transaction_sample_rate = 0          no sampled transactions (logs all their statements)
--   log_parameter_max_length = 0             no bind parameters in logged statements (for when the
--   log_parameter_max_length_on_error = 0    driver binds them out of the text: issue J)
--   log_error_verbosity = terse              no DETAIL, HINT, QUERY or CONTEXT under an error: the
--                                            DETAIL of a unique or check violation quotes the row
--   auto_explain.log_min_duration = -1       auto_explain, if loaded, logs plans with their text
--   auto_explain.log_parameter_max_length = 0
-- pg_stat_statements (if installed) keeps the text of the PREPARE, with $1 placeholders, not the
-- values: nothing to change there.
DO $$
DECLARE
    login name;
    setting text;
BEGIN
    FOR login IN
        SELECT r.rolname FROM pg_roles r
        WHERE r.rolcanlogin AND NOT r.rolsuper
          AND (EXISTS (SELECT 1 FROM pg_roles g
                       WHERE g.rolname IN ('guichet_agent', 'guichet_mailer', 'guichet_portal', 'guichet_desk', 'guichet_gate')
                         AND pg_has_role(r.oid, g.oid, 'MEMBER'))
               OR r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database()))
    LOOP
        FOREACH setting IN ARRAY ARRAY[
            'log_statement = ''none''',
            'log_min_error_statement = ''panic''',
            'log_min_duration_statement = -1',
            'log_min_duration_sample = -1',
            'log_transaction_sample_rate = 0',
            'log_parameter_max_length = 0',
            'log_parameter_max_length_on_error = 0',
            'log_error_verbosity = ''terse''',
            'auto_explain.log_min_duration = -1',
            'auto_explain.log_parameter_max_length = 0']
        LOOP
            BEGIN
                EXECUTE format('ALTER ROLE %I SET %s', login, setting);
            EXCEPTION WHEN undefined_object THEN
                NULL; -- the login was dropped meanwhile
            END;
        END LOOP;
    END LOOP;
END
$$;
