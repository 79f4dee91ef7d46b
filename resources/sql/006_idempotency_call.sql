-- Guichet schema, version 6: an idempotency key is bound to its call. Same conventions as 001.

-- The call in which the key was first sent. A key is answered again only for the same agent,
-- action, call and account; anything else is refused (IdempotencyKeyReused). Keys stored before
-- this version have no call and are refused on any replay.
ALTER TABLE operation_requests ADD COLUMN call_id {{id}} REFERENCES calls (id);
