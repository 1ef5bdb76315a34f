-- The Agent Negotiation Server's durable facts beyond the agent row: the signed mandate, the
-- agent's encrypted communication key, every offer agreed, the transcript, the customer's events,
-- the SAI outbox, and idempotent answers. Enough to resume every agent after a restart.

ALTER TABLE agent ADD COLUMN wallet_cert_hash VARCHAR(64);
ALTER TABLE agent ADD COLUMN seed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agent ADD COLUMN not_after TIMESTAMPTZ;
ALTER TABLE agent ADD COLUMN mode VARCHAR(16);
ALTER TABLE agent ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX agent_customer ON agent (customer, created_at DESC);
CREATE INDEX agent_wallet ON agent (wallet_cert_hash);

-- A key generated for an agent-to-be, waiting for the wallet to vouch for it.
CREATE TABLE agent_key_reservation (
    agent_id      UUID         PRIMARY KEY,
    sealed_key    BYTEA,                    -- AES-256-GCM under the agent-key secret; NULL once destroyed
    csr           BYTEA        NOT NULL,    -- the PKCS#10 the wallet must vouch for
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    used          BOOLEAN      NOT NULL DEFAULT FALSE
);

-- The customer's signed mandate (sealed tokens inside are encrypted under keys only the wallet holds).
CREATE TABLE mandate (
    agent_id            UUID          PRIMARY KEY REFERENCES agent (id),
    mandate_id          VARCHAR(64)   NOT NULL,
    signed_der          BYTEA         NOT NULL,
    wallet_certificate  BYTEA         NOT NULL,
    terms_json          TEXT          NOT NULL,  -- the terms as the negotiation sees them
    currency            CHAR(3)       NOT NULL,
    max_unit_minor      BIGINT        NOT NULL,
    budget_minor        BIGINT        NOT NULL,
    not_before          TIMESTAMPTZ   NOT NULL,
    not_after           TIMESTAMPTZ   NOT NULL
);

-- The agent's communication key and certificate; the key is destroyed when the agent ends.
CREATE TABLE agent_key (
    agent_id           UUID          PRIMARY KEY REFERENCES agent (id),
    sealed_key         BYTEA,
    certificate_chain  TEXT          NOT NULL,   -- PEM, leaf first
    certificate_serial VARCHAR(64)   NOT NULL,
    destroyed_at       TIMESTAMPTZ
);

-- Every agreement reached, ranked by the customer's utility; the selected one carries the order.
CREATE TABLE offer (
    id                BIGSERIAL     PRIMARY KEY,
    agent_id          UUID          NOT NULL REFERENCES agent (id),
    item              INT           NOT NULL,
    rank              INT           NOT NULL,
    merchant          VARCHAR(64)   NOT NULL,
    sku               VARCHAR(64)   NOT NULL,
    item_name         VARCHAR(256)  NOT NULL,
    quantity          INT           NOT NULL,
    unit_price_minor  BIGINT        NOT NULL,
    currency          CHAR(3)       NOT NULL,
    delivery_days     INT           NOT NULL,
    utility           DOUBLE PRECISION NOT NULL,
    utility_price     DOUBLE PRECISION NOT NULL,
    utility_delivery  DOUBLE PRECISION NOT NULL,
    utility_merchant  DOUBLE PRECISION NOT NULL,
    rounds            INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL CHECK (status IN ('AGREED', 'SELECTED', 'ORDERED', 'PAID', 'DECLINED', 'PASSED')),
    explanation       TEXT,
    order_id          VARCHAR(64),
    lid_m             VARCHAR(64),
    xid               VARCHAR(64),
    callback_token    VARCHAR(64)   UNIQUE,
    outcome_reason    VARCHAR(512),
    UNIQUE (agent_id, item, rank)
);

CREATE TABLE transcript_entry (
    agent_id          UUID          NOT NULL REFERENCES agent (id),
    seq               INT           NOT NULL,
    at                TIMESTAMPTZ   NOT NULL,
    item              INT           NOT NULL,
    round             INT           NOT NULL,
    kind              VARCHAR(24)   NOT NULL,
    from_party        VARCHAR(64)   NOT NULL,
    to_party          VARCHAR(64)   NOT NULL,
    text              TEXT          NOT NULL,
    unit_price_minor  BIGINT        NOT NULL,
    quantity          INT           NOT NULL,
    PRIMARY KEY (agent_id, seq)
);

-- What the customer is told, in order: state changes (the lifecycle with reasons), transcript
-- lines, payment outcomes. Server-sent events replay from here.
CREATE TABLE agent_event (
    agent_id   UUID          NOT NULL REFERENCES agent (id),
    seq        INT           NOT NULL,
    at         TIMESTAMPTZ   NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    state      VARCHAR(24)   NOT NULL,
    text       TEXT          NOT NULL,
    PRIMARY KEY (agent_id, seq)
);

-- Payment start messages waiting for (or delivered to) the wallet over the SAI channel.
CREATE TABLE payment_start (
    id                UUID          PRIMARY KEY,
    agent_id          UUID          NOT NULL REFERENCES agent (id),
    offer_id          BIGINT        NOT NULL REFERENCES offer (id),
    wallet_cert_hash  VARCHAR(64)   NOT NULL,
    message           BYTEA         NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    delivered_at      TIMESTAMPTZ,
    acked_at          TIMESTAMPTZ,
    ack_outcome       VARCHAR(16),
    ack_reason        VARCHAR(512)
);
CREATE INDEX payment_start_pending ON payment_start (wallet_cert_hash) WHERE acked_at IS NULL;

-- Answers to state-changing API calls by Idempotency-Key.
CREATE TABLE idempotent_answer (
    scope         VARCHAR(128)  NOT NULL,
    key           VARCHAR(64)   NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INT           NOT NULL,
    media_type    VARCHAR(64)   NOT NULL,
    body          TEXT          NOT NULL,
    location      VARCHAR(512),
    created_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (scope, key)
);
