-- Exactly-once CapReq and CredReq (issue 6): the answer to each batch message the gateway accepted,
-- keyed by message type and RRPID, with the digest of the request's bytes. The row is written in
-- the same database transaction as the verification that spends the RRPID (so a refused message
-- leaves none), and its answer once the bank has been asked; the same message sent again (a
-- merchant retrying after a lost CapRes or CredRes) gets the stored answer, a different message
-- under the same RRPID is still refused as a replay.
CREATE TABLE stored_answer (
    message_type  VARCHAR(16) NOT NULL CHECK (message_type IN ('CAPTURE', 'CREDIT')),
    rrpid         BYTEA       NOT NULL,
    request_hash  BYTEA       NOT NULL,
    response      BYTEA,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    answered_at   TIMESTAMPTZ,
    PRIMARY KEY (message_type, rrpid)
);
