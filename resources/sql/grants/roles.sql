-- The group roles of a Guichet database on PostgreSQL: run ONCE per cluster by a superuser (or a
-- login with CREATEROLE), before `guichetctl init`, as
--     psql "postgresql://postgres@HOST/postgres?sslmode=verify-full" -v ON_ERROR_STOP=1 -f roles.sql
-- Running it again changes nothing. It creates no login and grants nothing on tables: the schema's
-- owner grants each group its privileges after migrating (groups.sql). Roles are the cluster's,
-- shared by its databases: the groups mean the same in each.
--
--   guichet_agent       an agent's login: takes calls (lookup, identity check, unlock, reissue,
--                       change of address); reads no hash, no lockout history, no audit detail
--   guichet_supervisor  member of guichet_agent; reads the lockout history, the audit trail and
--                       the statistics, certifies NIRs, unlocks in bulk
--   guichet_admin       member of guichet_supervisor; adds, disables and enables agents, purges
--   guichet_mailer      the shared mail service (`guichetctl mailer run`): the outbox, and the
--                       temporary secrets it generates at delivery time
--   guichet_portal      the portal simulator (`guichetctl portal …`): the accounts' passwords
--   guichet_gate        the desks' gate: the login a desk's connection profile names, which may
--                       only read the schema's version and record a failed sign-in; each agent
--                       then connects as their own login ("<login>@<database>"), whose password
--                       PostgreSQL checks (migration 013)
--   guichet_desk        the shared desk login of earlier versions, kept so that existing
--                       installations keep working until every desk signs in with its own login:
--                       member of all the groups above (it can do everything the desk code can).
--                       Remove its logins once each agent has a login of their own.
-- None of them may log in; `guichetctl agent add` creates each agent's login in its group. The
-- schema's owner does it (a SECURITY DEFINER function of migration 013), so it needs CREATEROLE,
-- and from PostgreSQL 16 the ADMIN OPTION on the desk groups:
--     ALTER ROLE guichet_owner CREATEROLE;
--     GRANT guichet_agent, guichet_supervisor, guichet_admin TO guichet_owner WITH ADMIN OPTION; -- PG 16+
-- A desk's gate login, once per cluster (its password goes in each desk's keychain):
--     CREATE ROLE guichet_desk_gate LOGIN PASSWORD '…' IN ROLE guichet_gate;
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['guichet_agent', 'guichet_supervisor', 'guichet_admin', 'guichet_mailer',
                                'guichet_portal', 'guichet_gate', 'guichet_desk']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$$;
GRANT guichet_agent TO guichet_supervisor;
GRANT guichet_supervisor TO guichet_admin;
GRANT guichet_admin, guichet_mailer, guichet_portal TO guichet_desk;
