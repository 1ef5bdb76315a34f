-- The merchant's SET side: each purchase's state by XID (set-core MerchantRecords: the answered
-- PInit, the accepted PReq, the authorization with its CapToken — the PI inside stays encrypted
-- to the gateway, so no card number), the PRes given (a repeated PReq gets it again), the replay
-- memory of set-core's checks, and each merchant's sealed SET keys once enrolled with the CA.

CREATE TABLE set_purchase (
    xid             BYTEA        PRIMARY KEY CHECK (octet_length(xid) BETWEEN 1 AND 64),
    order_id        UUID         NOT NULL UNIQUE REFERENCES purchase_order (id),
    merchant_id     BIGINT       NOT NULL REFERENCES merchant (id),
    init_record     BYTEA        NOT NULL,
    preq_hash       BYTEA,
    purchase_record BYTEA,
    auth_record     BYTEA,
    pres            BYTEA,
    capture_state   VARCHAR(16)  NOT NULL DEFAULT 'NONE'
        CHECK (capture_state IN ('NONE', 'PENDING', 'CAPTURED', 'REFUSED')),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE replay_entry (
    kind       VARCHAR(32)  NOT NULL,
    id         BYTEA        NOT NULL,
    keep_until TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX replay_entry_expiry ON replay_entry (keep_until);

-- A merchant's SET signature and key-exchange keys with their certificates, sealed with
-- set.cert.SealedKeyStore (BCFKS) under agentset.merchant.keystore-password; the CA chain, the
-- root and the gateway's key-exchange certificate path as concatenated DER certificates.
CREATE TABLE merchant_credential (
    merchant_id      BIGINT       PRIMARY KEY REFERENCES merchant (id),
    suite            VARCHAR(16)  NOT NULL,
    sealed_keys      BYTEA        NOT NULL,
    ca_chain         BYTEA        NOT NULL,
    root_certificate BYTEA        NOT NULL,
    gateway_path     BYTEA        NOT NULL,
    enrolled_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
