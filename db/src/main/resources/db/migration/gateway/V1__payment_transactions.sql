-- The payment gateway's transaction records, keyed by SET's XID and RRPID. No clear card number:
-- a keyed hash and the last four digits only.
CREATE TABLE payment_transaction (
    id              BIGSERIAL   PRIMARY KEY,
    xid             BYTEA       NOT NULL,
    rrpid           BYTEA       NOT NULL,
    merchant_id     VARCHAR(64) NOT NULL,
    state           VARCHAR(16) NOT NULL CHECK (state IN
                    ('RECEIVED', 'VERIFIED', 'AUTHORISED', 'DECLINED', 'CAPTURED', 'REVERSED', 'REFUNDED', 'FAILED')),
    amount_minor    BIGINT      NOT NULL CHECK (amount_minor >= 0),
    currency        CHAR(3)     NOT NULL,
    pan_hash        BYTEA,
    pan_last4       CHAR(4),
    approval_code   VARCHAR(6),
    rrn             VARCHAR(12),
    failure_reason  VARCHAR(256),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (xid, rrpid)
);
CREATE INDEX payment_transaction_state ON payment_transaction (state);
