-- Guichet schema, version 12: the supervisors' "repeats only" filter from an index. Same
-- conventions as 001.
-- repeat_count: the number of lockouts of the same account whose locked_at lies in the window that
-- ends at this lockout and starts SupervisionPolicy::RepeatedLockoutWindowDays (30) days of 24 hours
-- before it, both ends included, this lockout counted. A lockout is a repeat when repeat_count >=
-- SupervisionPolicy::RepeatedLockoutCount (3). The database keeps it: the triggers below recount
-- the lockouts whose window a new, deleted or moved lockout falls in, in the statement's own
-- transaction, whoever inserts (the portal, the demo seeder, a test), in whatever order.
ALTER TABLE lockout_events ADD COLUMN repeat_count INTEGER NOT NULL DEFAULT 1;

-- The history's "repeats only" filter in each of its orders (LockoutHistory::SortColumn, as 001 and
-- 003 serve the others): small indexes, repeats are rare. The predicate is
-- SupervisionPolicy::RepeatedLockoutCount, written as it is in LockoutHistory's condition (an index
-- with a predicate only serves a query that repeats it).
CREATE INDEX lockout_events_repeat_time_idx ON lockout_events (locked_at, id) WHERE repeat_count >= 3;
CREATE INDEX lockout_events_repeat_unlocked_idx ON lockout_events (unlocked_at, id) WHERE repeat_count >= 3;
CREATE INDEX lockout_events_repeat_failed_idx ON lockout_events (failed_attempts, id) WHERE repeat_count >= 3;
CREATE INDEX lockout_events_repeat_agent_idx ON lockout_events (unlocked_by, id) WHERE repeat_count >= 3;

-- @sqlite
UPDATE lockout_events SET repeat_count = (SELECT COUNT(*) FROM lockout_events r
    WHERE r.account_id = lockout_events.account_id AND r.locked_at <= lockout_events.locked_at
      AND r.locked_at >= strftime('%Y-%m-%dT%H:%M:%fZ', lockout_events.locked_at, '-30 days'));
-- Each recounts the lockouts of the account in [at, at + 30 days] (their window holds at) and
-- writes only the counts that changed: a lockout alone in its window keeps the default 1.
CREATE TRIGGER lockout_events_repeat_insert AFTER INSERT ON lockout_events
BEGIN
    UPDATE lockout_events SET repeat_count = (SELECT COUNT(*) FROM lockout_events r
        WHERE r.account_id = lockout_events.account_id AND r.locked_at <= lockout_events.locked_at
          AND r.locked_at >= strftime('%Y-%m-%dT%H:%M:%fZ', lockout_events.locked_at, '-30 days'))
    WHERE account_id = NEW.account_id AND locked_at >= NEW.locked_at
      AND locked_at <= strftime('%Y-%m-%dT%H:%M:%fZ', NEW.locked_at, '+30 days')
      AND repeat_count <> (SELECT COUNT(*) FROM lockout_events r
        WHERE r.account_id = lockout_events.account_id AND r.locked_at <= lockout_events.locked_at
          AND r.locked_at >= strftime('%Y-%m-%dT%H:%M:%fZ', lockout_events.locked_at, '-30 days'));
END;
CREATE TRIGGER lockout_events_repeat_delete AFTER DELETE ON lockout_events
BEGIN
    UPDATE lockout_events SET repeat_count = (SELECT COUNT(*) FROM lockout_events r
        WHERE r.account_id = lockout_events.account_id AND r.locked_at <= lockout_events.locked_at
          AND r.locked_at >= strftime('%Y-%m-%dT%H:%M:%fZ', lockout_events.locked_at, '-30 days'))
    WHERE account_id = OLD.account_id AND locked_at >= OLD.locked_at
      AND locked_at <= strftime('%Y-%m-%dT%H:%M:%fZ', OLD.locked_at, '+30 days');
END;
CREATE TRIGGER lockout_events_repeat_move AFTER UPDATE OF account_id, locked_at ON lockout_events
BEGIN
    UPDATE lockout_events SET repeat_count = (SELECT COUNT(*) FROM lockout_events r
        WHERE r.account_id = lockout_events.account_id AND r.locked_at <= lockout_events.locked_at
          AND r.locked_at >= strftime('%Y-%m-%dT%H:%M:%fZ', lockout_events.locked_at, '-30 days'))
    WHERE (account_id = OLD.account_id AND locked_at >= OLD.locked_at
           AND locked_at <= strftime('%Y-%m-%dT%H:%M:%fZ', OLD.locked_at, '+30 days'))
       OR (account_id = NEW.account_id AND locked_at >= NEW.locked_at
           AND locked_at <= strftime('%Y-%m-%dT%H:%M:%fZ', NEW.locked_at, '+30 days'));
END;
-- @postgresql
UPDATE lockout_events e SET repeat_count = (SELECT COUNT(*) FROM lockout_events r
    WHERE r.account_id = e.account_id AND r.locked_at <= e.locked_at
      AND r.locked_at >= e.locked_at - 30 * INTERVAL '24 hours');
-- Inserts and deletes: once per statement, over the rows it inserted or deleted (a transition
-- table), so that a bulk INSERT … SELECT recounts in one set-based UPDATE; only the counts that
-- changed are written (a lockout alone in its window keeps the default 1).
CREATE FUNCTION guichet_lockout_repeat_statement() RETURNS trigger AS $$
BEGIN
    UPDATE lockout_events e SET repeat_count = c.n
    FROM (SELECT t.id, (SELECT COUNT(*) FROM lockout_events r
                        WHERE r.account_id = t.account_id AND r.locked_at <= t.locked_at
                          AND r.locked_at >= t.locked_at - 30 * INTERVAL '24 hours') AS n
          FROM (SELECT DISTINCT t.id, t.account_id, t.locked_at FROM changed_lockouts s
                JOIN lockout_events t ON t.account_id = s.account_id AND t.locked_at >= s.locked_at
                 AND t.locked_at <= s.locked_at + 30 * INTERVAL '24 hours') t) c
    WHERE e.id = c.id AND e.repeat_count <> c.n;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER lockout_events_repeat_insert AFTER INSERT ON lockout_events
    REFERENCING NEW TABLE AS changed_lockouts FOR EACH STATEMENT EXECUTE FUNCTION guichet_lockout_repeat_statement();
CREATE TRIGGER lockout_events_repeat_delete AFTER DELETE ON lockout_events
    REFERENCING OLD TABLE AS changed_lockouts FOR EACH STATEMENT EXECUTE FUNCTION guichet_lockout_repeat_statement();
-- A lockout moved to another account or instant (never done by Guichet): row by row, the old place
-- and the new (a trigger with a column list has no transition table).
CREATE FUNCTION guichet_lockout_recount(p_account_id BIGINT, p_since TIMESTAMPTZ) RETURNS VOID AS $$
BEGIN
    UPDATE lockout_events e SET repeat_count = (SELECT COUNT(*) FROM lockout_events r
        WHERE r.account_id = e.account_id AND r.locked_at <= e.locked_at
          AND r.locked_at >= e.locked_at - 30 * INTERVAL '24 hours')
    WHERE e.account_id = p_account_id AND e.locked_at >= p_since
      AND e.locked_at <= p_since + 30 * INTERVAL '24 hours';
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION guichet_lockout_repeat_move() RETURNS trigger AS $$
BEGIN
    PERFORM guichet_lockout_recount(OLD.account_id, OLD.locked_at);
    PERFORM guichet_lockout_recount(NEW.account_id, NEW.locked_at);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER lockout_events_repeat_move AFTER UPDATE OF account_id, locked_at ON lockout_events
    FOR EACH ROW EXECUTE FUNCTION guichet_lockout_repeat_move();
-- @all
