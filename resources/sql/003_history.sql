-- Guichet schema, version 3: the supervisor's lockout history. Same conventions as 001.
-- Each sort of the history (LockoutHistory::SortColumn) walks an index on (sort key, id), so that
-- a keyset page costs the same wherever it starts: locked_at and unlocked_at are served by 001.

-- Sort by the number of failed attempts.
CREATE INDEX lockout_events_failed_idx ON lockout_events (failed_attempts, id);
-- Sort by the agent who unlocked (001's unlocked_by index carries locked_at before id).
CREATE INDEX lockout_events_agent_sort_idx ON lockout_events (unlocked_by, id);
-- "Still locked" in time order: only the open lockouts, a small index.
CREATE INDEX lockout_events_open_time_idx ON lockout_events (locked_at, id) WHERE unlocked_at IS NULL;
