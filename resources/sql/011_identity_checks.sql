-- Guichet schema, version 11: every identity check of a person, whichever call and agent made it,
-- so that PortalPolicy::IdentityCheckMaxFailuresPerPerson failed checks within
-- IdentityCheckWindowHours refuse the next ones (CallService::verify). Same conventions as 001.

-- outcome: 'pass' or 'fail' (the answers compared), 'refused' (not compared: the person's limit
-- was reached). Only 'fail' rows count toward the limit; 'refused' ones are the trace the
-- supervisors' flag counts. A row is never updated.
CREATE TABLE identity_checks (
    id {{pk}},
    person_id {{id}} NOT NULL REFERENCES persons (id),
    call_id {{id}} NOT NULL REFERENCES calls (id),
    agent_id {{id}} NOT NULL REFERENCES agents (id),
    checked_at {{timestamp}} NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'refused'))
);
CREATE INDEX identity_checks_person_idx ON identity_checks (person_id, checked_at);
CREATE INDEX identity_checks_time_idx ON identity_checks (checked_at, person_id);
