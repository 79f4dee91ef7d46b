-- Guichet schema, version 15: the history's "unlocked" filter in time order from an index of its
-- own, as 003's lockout_events_open_time_idx serves "still locked". Without it the page walks
-- lockout_events_time_idx from the newest lockout and skips every one still open: at a hotline the
-- newest are the ones still locked (guichet-bench, 1,000,000 accounts on PostgreSQL: 24,544 rows
-- read and dropped, 45 ms for the first page of 100). Same conventions as 001.
CREATE INDEX lockout_events_closed_time_idx ON lockout_events (locked_at, id) WHERE unlocked_at IS NOT NULL;
