-- The card issuer's accounts. The PAN is stored only as a keyed hash plus the last four digits.
-- Invariant, per account and at all times: open_to_buy = credit_limit - holds - postings.
CREATE TABLE card_account (
    id            BIGSERIAL   PRIMARY KEY,
    pan_hash      BYTEA       NOT NULL UNIQUE,
    pan_last4     CHAR(4)     NOT NULL,
    expiry        CHAR(4)     NOT NULL CHECK (expiry ~ '^[0-9]{4}$'),
    holder_name   VARCHAR(64) NOT NULL,
    status        VARCHAR(8)  NOT NULL CHECK (status IN ('ACTIVE', 'BLOCKED', 'STOLEN', 'EXPIRED')),
    currency      CHAR(3)     NOT NULL,
    credit_limit  BIGINT      NOT NULL CHECK (credit_limit >= 0),
    holds         BIGINT      NOT NULL DEFAULT 0 CHECK (holds >= 0),
    postings      BIGINT      NOT NULL DEFAULT 0 CHECK (postings >= 0),
    open_to_buy   BIGINT      NOT NULL,
    CHECK (open_to_buy = credit_limit - holds - postings)
);
