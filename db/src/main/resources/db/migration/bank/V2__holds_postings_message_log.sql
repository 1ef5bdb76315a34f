-- The issuer's ledger. Every ISO 8583 message is handled in one database transaction that writes
-- its row in message_log and, when it moves money, the hold or posting and the account's totals.
-- The totals on card_account are the sums of these tables:
--   holds    = sum(hold.amount)    over the account's ACTIVE holds
--   postings = sum(posting.amount) over all the account's postings (refunds are negative)
-- and, by V1's check, open_to_buy = credit_limit - holds - postings.

-- An amount held on an account by an approved authorisation until it is captured or released.
CREATE TABLE hold (
    id             BIGSERIAL   PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES card_account (id),
    amount         BIGINT      NOT NULL CHECK (amount > 0),
    state          VARCHAR(8)  NOT NULL CHECK (state IN ('ACTIVE', 'RELEASED', 'CAPTURED')),
    approval_code  VARCHAR(6)  NOT NULL,
    rrn            CHAR(12)    NOT NULL,
    xid            BYTEA,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at      TIMESTAMPTZ,
    CHECK ((state = 'ACTIVE') = (closed_at IS NULL))
);
CREATE INDEX hold_active_by_account ON hold (account_id) WHERE state = 'ACTIVE';

-- Money moved on an account: a capture (positive) or a refund of a capture (negative).
CREATE TABLE posting (
    id                 BIGSERIAL   PRIMARY KEY,
    account_id         BIGINT      NOT NULL REFERENCES card_account (id),
    kind               VARCHAR(8)  NOT NULL CHECK (kind IN ('CAPTURE', 'REFUND')),
    amount             BIGINT      NOT NULL,
    hold_id            BIGINT      REFERENCES hold (id),
    refunded_posting   BIGINT      REFERENCES posting (id),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((kind = 'CAPTURE' AND amount > 0 AND hold_id IS NOT NULL AND refunded_posting IS NULL)
        OR (kind = 'REFUND' AND amount < 0 AND hold_id IS NULL AND refunded_posting IS NOT NULL))
);
CREATE INDEX posting_by_account ON posting (account_id);
CREATE INDEX posting_refunds ON posting (refunded_posting) WHERE refunded_posting IS NOT NULL;

-- Every financial message the issuer answered, under its network identity (terminal, STAN,
-- transmission time): a repeat is answered from here and changes nothing. No card number: the
-- account is referenced, and request_digest hashes the request with the PAN already hashed.
CREATE TABLE message_log (
    id              BIGSERIAL   PRIMARY KEY,
    terminal_id     VARCHAR(8)  NOT NULL,
    stan            CHAR(6)     NOT NULL,
    transmitted     CHAR(10)    NOT NULL,
    message_class   VARCHAR(13) NOT NULL CHECK (message_class IN ('AUTHORISATION', 'CAPTURE', 'REFUND', 'REVERSAL')),
    request_digest  BYTEA       NOT NULL,
    response_code   CHAR(2)     NOT NULL,
    approval_code   VARCHAR(6),
    rrn             CHAR(12)    NOT NULL,
    amount          BIGINT      NOT NULL,
    account_id      BIGINT      REFERENCES card_account (id),
    hold_id         BIGINT      REFERENCES hold (id),
    posting_id      BIGINT      REFERENCES posting (id),
    xid             BYTEA,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (terminal_id, stan, transmitted)
);
CREATE INDEX message_log_xid ON message_log (xid) WHERE xid IS NOT NULL;

-- A reversal that arrived before the authorisation it reverses (the authorisation was late). When
-- that authorisation arrives it is refused and places no hold.
CREATE TABLE early_reversal (
    terminal_id           VARCHAR(8)  NOT NULL,
    original_stan         CHAR(6)     NOT NULL,
    original_transmitted  CHAR(10)    NOT NULL,
    reversal_log_id       BIGINT      NOT NULL REFERENCES message_log (id),
    PRIMARY KEY (terminal_id, original_stan, original_transmitted)
);
