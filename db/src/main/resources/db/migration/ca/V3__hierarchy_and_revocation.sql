-- The CA hierarchy, its encrypted key store, CRL and BrandCRLIdentifier history, and the richer
-- certificate records revocation and the admin console need.

-- Who issued each certificate, when, on whose behalf, and what it is bound to.
ALTER TABLE certificate_record
    ADD COLUMN ca_name    VARCHAR(32),                        -- issuing CA; NULL only for the self-signed root
    ADD COLUMN issued_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    ADD COLUMN issued_by  VARCHAR(128) NOT NULL DEFAULT 'system',
    ADD COLUMN owner_ref  VARCHAR(256),                       -- merchant id, cardholder certificate, agent id, ...
    ADD COLUMN revoked_by VARCHAR(128),
    ADD CONSTRAINT certificate_record_reason_when_revoked
        CHECK ((status = 'REVOKED') = (revocation_reason IS NOT NULL));
CREATE INDEX certificate_record_ca_status ON certificate_record (ca_name, status);
CREATE INDEX certificate_record_issued_at ON certificate_record (issued_at);

-- One row per CA of the hierarchy, created once on first start.
CREATE TABLE authority (
    name            VARCHAR(32)  PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]{1,31}$'),
    parent_name     VARCHAR(32)  REFERENCES authority (name),
    profile         VARCHAR(32)  NOT NULL,
    subject_dn      VARCHAR(512) NOT NULL,
    suite           VARCHAR(16)  NOT NULL,
    signing_serial  VARCHAR(64)  NOT NULL UNIQUE REFERENCES certificate_record (serial_hex),
    message_serial  VARCHAR(64)  UNIQUE REFERENCES certificate_record (serial_hex),
    exchange_serial VARCHAR(64)  UNIQUE REFERENCES certificate_record (serial_hex),
    last_crl_number BIGINT       NOT NULL DEFAULT 0 CHECK (last_crl_number >= 0),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((parent_name IS NULL) = (profile = 'ROOT'))
);
ALTER TABLE certificate_record
    ADD CONSTRAINT certificate_record_issuing_ca FOREIGN KEY (ca_name) REFERENCES authority (name)
        DEFERRABLE INITIALLY DEFERRED;

-- The hierarchy's private keys: one BCFKS key store, encrypted under a password that never enters
-- the database (configuration only). Like EJBCA's soft crypto tokens it lives beside the records it
-- signs, so the hierarchy and its keys are created, backed up and restored together.
CREATE TABLE key_store (
    id         SMALLINT    PRIMARY KEY CHECK (id = 1),
    store_type VARCHAR(16) NOT NULL CHECK (store_type = 'BCFKS'),
    content    BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every CRL each CA published, newest number last.
CREATE TABLE crl_record (
    id          BIGSERIAL   PRIMARY KEY,
    ca_name     VARCHAR(32) NOT NULL REFERENCES authority (name),
    crl_number  BIGINT      NOT NULL CHECK (crl_number > 0),
    this_update TIMESTAMPTZ NOT NULL,
    next_update TIMESTAMPTZ NOT NULL,
    entries     INTEGER     NOT NULL CHECK (entries >= 0),
    cause       VARCHAR(16) NOT NULL CHECK (cause IN ('HIERARCHY', 'REVOCATION', 'SCHEDULE')),
    der         BYTEA       NOT NULL,
    UNIQUE (ca_name, crl_number),
    CHECK (this_update < next_update)
);

-- Every BrandCRLIdentifier the brand CA signed.
CREATE TABLE bci_record (
    sequence_num BIGINT      PRIMARY KEY CHECK (sequence_num > 0),
    brand_id     VARCHAR(64) NOT NULL,
    not_before   TIMESTAMPTZ NOT NULL,
    not_after    TIMESTAMPTZ NOT NULL,
    cause        VARCHAR(16) NOT NULL CHECK (cause IN ('HIERARCHY', 'REVOCATION', 'SCHEDULE')),
    der          BYTEA       NOT NULL,
    CHECK (not_before < not_after)
);

-- The audit trail becomes tamper-evident: each event carries the SHA-256 of its predecessor's
-- hash and its own content, so a changed or removed row breaks the chain (checked by the console).
ALTER TABLE audit_event
    ADD COLUMN outcome   VARCHAR(16) NOT NULL DEFAULT 'SUCCESS' CHECK (outcome IN ('SUCCESS', 'REFUSED', 'FAILED')),
    ADD COLUMN prev_hash BYTEA,
    ADD COLUMN hash      BYTEA;
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
