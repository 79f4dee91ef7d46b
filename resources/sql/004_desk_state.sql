-- Guichet schema, version 4: what the desk's optimistic check guards. Same conventions as 001.

-- The version of what a desk acts on: the status, the address on file, the pending address, and
-- every desk action. The row's own version moves on every write (the holder's failed tries on
-- the portal, the mail service storing a secret it delivered); desk_version moves only when a desk
-- acted or the status or an address changed, so those steps never make a desk look the caller up
-- again. The calls' seen_account_version holds this version from now on.
ALTER TABLE accounts ADD COLUMN desk_version INTEGER NOT NULL DEFAULT 0;
UPDATE calls SET seen_account_version = 0 WHERE seen_account_version IS NOT NULL;

-- A newer request of the same kind for the same account supersedes a queued older one: the
-- older row is dead with this set, and no requeue brings it back.
ALTER TABLE mail_outbox ADD COLUMN superseded_by {{id}} REFERENCES mail_outbox (id);
