-- Guichet schema, version 7: an agent's login is locked for a while, never disabled, by wrong
-- passwords. Same conventions as 001.

-- failed_logins now counts the wrong passwords since first_failed_at, the first of them in the
-- window of PortalPolicy::AgentFailureWindowMinutes; at PortalPolicy::AgentMaxFailedLogins the
-- login is locked until locked_until (PortalPolicy::AgentLockMinutes later). Only an administrator
-- disables a login (active = FALSE); re-enabling it also lifts a lock.
ALTER TABLE agents ADD COLUMN first_failed_at {{timestamp}};
ALTER TABLE agents ADD COLUMN locked_until {{timestamp}};
