-- What the gateway needs to process SET payments exactly once (issue 6).
--
-- payment_transaction gains the request's digest and the stored answer (a repeated AuthReq is
-- answered from here), the amounts authorised, captured and refunded, the bank's response, and the
-- trace the gateway assigned to each bank message before sending it (so a crash between the bank's
-- answer and ours can be reversed at restart: see RecoveryService). Amount rules are constraints.
ALTER TABLE payment_transaction
    ADD COLUMN request_hash       BYTEA,
    ADD COLUMN response           BYTEA,
    ADD COLUMN auth_code          VARCHAR(32),
    ADD COLUMN response_code      VARCHAR(2),
    ADD COLUMN authorised_minor   BIGINT      NOT NULL DEFAULT 0 CHECK (authorised_minor >= 0),
    ADD COLUMN captured_minor     BIGINT      NOT NULL DEFAULT 0 CHECK (captured_minor >= 0),
    ADD COLUMN refunded_minor     BIGINT      NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0),
    ADD COLUMN amount_exp10       SMALLINT    NOT NULL DEFAULT -2,
    ADD COLUMN currency_numeric   SMALLINT,
    ADD COLUMN terminal_id        VARCHAR(8),
    ADD COLUMN acceptor_id        VARCHAR(15),
    ADD COLUMN auth_stan          INTEGER,
    ADD COLUMN auth_transmitted   TIMESTAMPTZ,
    ADD COLUMN capture_stan       INTEGER,
    ADD COLUMN capture_transmitted TIMESTAMPTZ,
    ADD COLUMN capture_rrn        VARCHAR(12),
    ADD COLUMN capture_rrpid      BYTEA,
    ADD COLUMN trans_stain        BYTEA,
    ADD COLUMN authorised_at      TIMESTAMPTZ,
    ADD COLUMN captured_at        TIMESTAMPTZ,
    ADD COLUMN version            INTEGER     NOT NULL DEFAULT 0,
    ADD CONSTRAINT payment_transaction_captured_le_authorised CHECK (captured_minor <= authorised_minor),
    ADD CONSTRAINT payment_transaction_refunded_le_captured CHECK (refunded_minor <= captured_minor),
    ADD CONSTRAINT payment_transaction_last4 CHECK (pan_last4 IS NULL OR pan_last4 ~ '^[0-9]{4}$');
CREATE INDEX payment_transaction_created ON payment_transaction (created_at);
CREATE INDEX payment_transaction_xid ON payment_transaction (xid);

-- SET's replay memory (set-core ReplayStore): an RRPID, XID or CapToken used once. Written in the
-- same database transaction as the record it lets through, so a refused message leaves none.
CREATE TABLE replay_entry (
    kind       VARCHAR(32) NOT NULL,
    id         BYTEA       NOT NULL,
    keep_until TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX replay_entry_keep_until ON replay_entry (keep_until);

-- Every refused message, with the check that refused it. Nothing decrypted is kept.
CREATE TABLE refusal (
    id            BIGSERIAL    PRIMARY KEY,
    received_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    message_type  VARCHAR(32)  NOT NULL,
    xid           BYTEA,
    rrpid         BYTEA,
    error_code    VARCHAR(48)  NOT NULL,
    reason        VARCHAR(48)  NOT NULL,
    field         VARCHAR(256) NOT NULL
);
CREATE INDEX refusal_received ON refusal (received_at);

-- The gateway's own keys (signature, key exchange), sealed with SealedKeyStore (BCFKS) under
-- agentset.gateway.keystore-password, and the certificate chains the CA issued for them (DER
-- certificates, PEM-concatenated; public). One row.
CREATE TABLE key_store (
    id            SMALLINT    PRIMARY KEY CHECK (id = 1),
    store_type    VARCHAR(16) NOT NULL,
    content       BYTEA       NOT NULL,
    certificates  TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- System trace audit numbers of the gateway's own terminal: each bank message's trace is chosen
-- and recorded before it is sent.
CREATE SEQUENCE stan_seq MINVALUE 1 MAXVALUE 999999 CYCLE;
