-- Capture and refund on the merchant's side (set-core MerchantAuthorisation.capture,
-- MerchantCredit): per purchase, the CapReq that captured it (its RRPID names the capture in a
-- later CredReq), the amounts captured and refunded (refunds never above the capture: the database
-- refuses it too), and why the last capture attempt failed. A refund's row is written before its
-- CredReq leaves, with the amount reserved, so concurrent refunds cannot exceed the capture either.
-- capture_state: NONE (authorised, not sent), PENDING (CapReq sent, answer not yet recorded),
-- CAPTURED, REFUSED (the gateway answered with a failure; may be sent again).

ALTER TABLE set_purchase
    ADD COLUMN capture_rrpid  BYTEA,
    ADD COLUMN captured_minor BIGINT NOT NULL DEFAULT 0 CHECK (captured_minor >= 0),
    ADD COLUMN refunded_minor BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN capture_note   VARCHAR(512),
    ADD COLUMN captured_at    TIMESTAMPTZ,
    ADD CONSTRAINT set_purchase_refund_within_capture
        CHECK (refunded_minor >= 0 AND refunded_minor <= captured_minor);

CREATE INDEX set_purchase_to_capture ON set_purchase (merchant_id) WHERE capture_state IN ('NONE', 'PENDING', 'REFUSED') AND auth_record IS NOT NULL;

CREATE TABLE refund (
    id           UUID          PRIMARY KEY,
    order_id     UUID          NOT NULL REFERENCES purchase_order (id),
    merchant_id  BIGINT        NOT NULL REFERENCES merchant (id),
    cred_rrpid   BYTEA         NOT NULL UNIQUE,
    amount_minor BIGINT        NOT NULL CHECK (amount_minor > 0),
    state        VARCHAR(16)   NOT NULL CHECK (state IN ('PENDING', 'REFUNDED', 'REFUSED', 'UNKNOWN')),
    cred_code    VARCHAR(32),
    reason       VARCHAR(512),
    operator     VARCHAR(64),
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX refund_order ON refund (order_id, created_at);
