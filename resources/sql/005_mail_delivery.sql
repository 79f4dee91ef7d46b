-- Guichet schema, version 5: mail delivery to a real relay. Same conventions as 001.

-- The relay's own id of an accepted message ("250 2.0.0 Ok: queued as 4F2A1B"), to follow it in
-- the relay's logs; NULL when the relay gave none.
ALTER TABLE mail_outbox ADD COLUMN relay_queue_id TEXT;

-- One row: whether delivery is paused because the relay refuses the service itself (its
-- credentials, its sender, TLS). While paused no message is tried and none loses an attempt;
-- one is tried again at resume_at, and `guichetctl mailer requeue` lifts the pause at once.
CREATE TABLE mail_service_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paused_since {{timestamp}},
    paused_reason TEXT,
    resume_at {{timestamp}}
);
INSERT INTO mail_service_state (id) VALUES (1);
