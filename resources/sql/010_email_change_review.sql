-- Guichet schema, version 10: a change of e-mail address made at the desk can be refused from the
-- previous address, and a temporary password to the new address waits for the end of the waiting
-- period and for a supervisor's approval (issue I, finding 3). Same conventions as 001.

-- One row per change confirmed at the desk (HelpdeskService::confirmEmail). The notice to the
-- previous address carries a refusal code made at delivery (its hash lands here, never the code);
-- the holder refuses on the portal until waiting_until (PortalPolicy::EmailChangeWaitingHours after
-- the change) and later while the change is under review (PortalPolicy::EmailChangeReviewDays):
-- the previous address is restored and refused_at set.
CREATE TABLE email_changes (
    id {{pk}},
    account_id {{id}} NOT NULL REFERENCES accounts (id),
    previous_email TEXT NOT NULL,
    new_email TEXT NOT NULL,
    changed_at {{timestamp}} NOT NULL,
    waiting_until {{timestamp}} NOT NULL,
    agent_id {{id}} REFERENCES agents (id),
    call_id {{id}} REFERENCES calls (id),
    notice_mail_id {{id}} REFERENCES mail_outbox (id),
    refusal_code_hash TEXT,
    refusal_attempts INTEGER NOT NULL DEFAULT 0 CHECK (refusal_attempts >= 0),
    refused_at {{timestamp}}
);
CREATE INDEX email_changes_account_idx ON email_changes (account_id, id);
CREATE INDEX email_changes_notice_idx ON email_changes (notice_mail_id);

-- Four eyes: a temporary password to an address changed at the desk needs a supervisor's (or an
-- admin's) approval, given by someone other than the agent who asked for it. One request per
-- change; cancelled when the holder refuses the change.
CREATE TABLE reissue_approvals (
    id {{pk}},
    email_change_id {{id}} NOT NULL REFERENCES email_changes (id),
    account_id {{id}} NOT NULL REFERENCES accounts (id),
    requested_by {{id}} NOT NULL REFERENCES agents (id),
    call_id {{id}} REFERENCES calls (id),
    requested_at {{timestamp}} NOT NULL,
    reason TEXT,
    approved_by {{id}} REFERENCES agents (id),
    approved_at {{timestamp}},
    cancelled_at {{timestamp}}
);
CREATE UNIQUE INDEX reissue_approvals_change_key ON reissue_approvals (email_change_id);
CREATE INDEX reissue_approvals_pending_idx ON reissue_approvals (approved_at, cancelled_at, requested_at);
