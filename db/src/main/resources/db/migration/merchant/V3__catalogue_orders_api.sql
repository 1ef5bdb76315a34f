-- Catalogue, orders, the merchant-agent API's tokens and idempotency records, and the outbox of
-- completion events. No column here ever holds a card number: the merchant sees orders and
-- SET identifiers only (the card travels inside the PI, which only the gateway opens).

ALTER TABLE merchant
    ADD COLUMN lid_prefix     VARCHAR(4)  NOT NULL DEFAULT 'MX' CHECK (lid_prefix ~ '^[A-Z]{2,4}$'),
    ADD COLUMN capture_policy VARCHAR(16) NOT NULL DEFAULT 'IMMEDIATE'
        CHECK (capture_policy IN ('IMMEDIATE', 'BATCH'));

CREATE TABLE category (
    id          BIGSERIAL    PRIMARY KEY,
    merchant_id BIGINT       NOT NULL REFERENCES merchant (id),
    slug        VARCHAR(32)  NOT NULL CHECK (slug ~ '^[a-z0-9-]+$'),
    name        VARCHAR(64)  NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    motif       VARCHAR(16)  NOT NULL DEFAULT 'box',
    UNIQUE (merchant_id, slug)
);

CREATE TABLE product (
    id            BIGSERIAL     PRIMARY KEY,
    merchant_id   BIGINT        NOT NULL REFERENCES merchant (id),
    category_id   BIGINT        NOT NULL REFERENCES category (id),
    sku           VARCHAR(32)   NOT NULL UNIQUE CHECK (sku ~ '^[A-Z0-9-]+$'),
    name          VARCHAR(128)  NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    list_price    NUMERIC(12,2) NOT NULL CHECK (list_price > 0),
    floor_price   NUMERIC(12,2) NOT NULL CHECK (floor_price > 0),
    stock         INT           NOT NULL CHECK (stock >= 0),
    delivery_days INT           NOT NULL CHECK (delivery_days BETWEEN 0 AND 90),
    image_hue     INT           NOT NULL DEFAULT 160 CHECK (image_hue BETWEEN 0 AND 359),
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CHECK (floor_price <= list_price)
);
CREATE INDEX product_merchant_category ON product (merchant_id, category_id);

CREATE TABLE quantity_discount (
    product_id   BIGINT       NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    min_quantity INT          NOT NULL CHECK (min_quantity >= 2),
    percent      NUMERIC(5,2) NOT NULL CHECK (percent > 0 AND percent < 100),
    PRIMARY KEY (product_id, min_quantity)
);

-- One order: from the storefront's checkout or from a merchant agent's agreed terms.
CREATE TABLE purchase_order (
    id                UUID          PRIMARY KEY,
    merchant_id       BIGINT        NOT NULL REFERENCES merchant (id),
    lid_m             VARCHAR(32)   NOT NULL UNIQUE,
    source            VARCHAR(16)   NOT NULL CHECK (source IN ('STOREFRONT', 'AGENT')),
    status            VARCHAR(24)   NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'AUTHORISED',
                          'CAPTURED', 'DECLINED', 'FAILED', 'EXPIRED', 'REFUNDED')),
    amount            NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    currency          CHAR(3)       NOT NULL,
    order_description VARCHAR(4000) NOT NULL,
    agreement_ref     VARCHAR(128),
    callback_url      VARCHAR(512),
    customer_name     VARCHAR(128),
    customer_email    VARCHAR(254),
    shipping_address  VARCHAR(512),
    reason            VARCHAR(512),
    xid               BYTEA         UNIQUE,
    created_at        TIMESTAMPTZ   NOT NULL,
    expires_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX purchase_order_merchant_created ON purchase_order (merchant_id, created_at DESC);
CREATE INDEX purchase_order_open ON purchase_order (expires_at) WHERE status = 'AWAITING_PAYMENT';

CREATE TABLE order_line (
    order_id   UUID          NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    line_no    INT           NOT NULL,
    product_id BIGINT        NOT NULL REFERENCES product (id),
    sku        VARCHAR(32)   NOT NULL,
    name       VARCHAR(128)  NOT NULL,
    quantity   INT           NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    unit_price NUMERIC(12,2) NOT NULL CHECK (unit_price > 0),
    PRIMARY KEY (order_id, line_no)
);

-- Bearer tokens of the merchant-agent API: only their SHA-256 is kept.
CREATE TABLE api_token (
    token_hash  BYTEA        PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    merchant_id BIGINT       NOT NULL REFERENCES merchant (id),
    label       VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked     BOOLEAN      NOT NULL DEFAULT FALSE
);

-- Idempotency-Key records: the first answer to a key, replayed for the same body.
CREATE TABLE idempotency_record (
    merchant_id  BIGINT       NOT NULL REFERENCES merchant (id),
    idem_key     VARCHAR(128) NOT NULL,
    request_hash BYTEA        NOT NULL,
    status       INT          NOT NULL,
    location     VARCHAR(512),
    body         TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (merchant_id, idem_key)
);

-- Completion events to merchant agents, delivered at least once by a timer.
CREATE TABLE outbox_event (
    id              UUID          PRIMARY KEY,
    seq             BIGSERIAL     NOT NULL UNIQUE,
    order_id        UUID          NOT NULL REFERENCES purchase_order (id),
    merchant_id     BIGINT        NOT NULL REFERENCES merchant (id),
    callback_url    VARCHAR(512)  NOT NULL,
    payload         TEXT          NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    delivered_at    TIMESTAMPTZ,
    given_up        BOOLEAN       NOT NULL DEFAULT FALSE,
    last_error      VARCHAR(512),
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL AND NOT given_up;

-- Demo API tokens (documented demo values, /work/notes and README): SHA-256 of
--   nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5, vp-agent-2a6e8c0f4b1d4e97a3c5e7f9b0d2a4c6,
--   ht-agent-9c1e3a5b7d0f4c28b6d8f0a2c4e6b8d0
INSERT INTO api_token (token_hash, merchant_id, label)
    SELECT sha256(convert_to('nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5', 'UTF8')), id, 'demo merchant agent'
    FROM merchant WHERE code = 'nordlicht-books';
INSERT INTO api_token (token_hash, merchant_id, label)
    SELECT sha256(convert_to('vp-agent-2a6e8c0f4b1d4e97a3c5e7f9b0d2a4c6', 'UTF8')), id, 'demo merchant agent'
    FROM merchant WHERE code = 'voltaic-parts';
INSERT INTO api_token (token_hash, merchant_id, label)
    SELECT sha256(convert_to('ht-agent-9c1e3a5b7d0f4c28b6d8f0a2c4e6b8d0', 'UTF8')), id, 'demo merchant agent'
    FROM merchant WHERE code = 'herbarium-tea';
