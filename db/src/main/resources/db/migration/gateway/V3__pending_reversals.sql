-- The acquirer's store-and-forward journal of reversals (kept by the bank resource adapter, on the
-- gateway's side of the network). A reversal is written here before the adapter reports an
-- authorisation as unknown, and repeated (0420) until the issuer acknowledges it; after a restart
-- the adapter resumes every PENDING row. No card number: reversals identify their original by
-- field 90 (original STAN and transmission time) and the terminal. Times are field 7's instants.
CREATE TABLE pending_reversal (
    id                    BIGSERIAL   PRIMARY KEY,
    terminal_id           VARCHAR(8)  NOT NULL,
    merchant_id           VARCHAR(15) NOT NULL,
    stan                  CHAR(6)     NOT NULL,
    transmitted           TIMESTAMPTZ NOT NULL,
    rrn                   CHAR(12)    NOT NULL,
    original_stan         CHAR(6)     NOT NULL,
    original_transmitted  TIMESTAMPTZ NOT NULL,
    processing_code       CHAR(6)     NOT NULL,
    amount                BIGINT      NOT NULL CHECK (amount > 0),
    currency              CHAR(3)     NOT NULL,
    xid                   VARCHAR(64),
    trans_stain           VARCHAR(64),
    state                 VARCHAR(12) NOT NULL CHECK (state IN ('PENDING', 'ACKNOWLEDGED')),
    attempts              INTEGER     NOT NULL DEFAULT 0,
    response_code         CHAR(2),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_at       TIMESTAMPTZ,
    UNIQUE (terminal_id, stan, transmitted)
);
CREATE INDEX pending_reversal_pending ON pending_reversal (id) WHERE state = 'PENDING';
