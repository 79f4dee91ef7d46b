-- Guichet schema, version 14: a reissue or an address change supersedes the account's queued mail of
-- the same kind (MailOutbox::supersedeQueued, in the desk's transaction). Without this index that
-- statement reads every mail the account ever had (mail_outbox_account_idx); with it, only the
-- queued ones, of which there is at most one per kind. Same conventions as 001.
CREATE INDEX mail_outbox_queued_idx ON mail_outbox (account_id, kind, id) WHERE status = 'queued';
