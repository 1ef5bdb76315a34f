-- The Agent Negotiation Server's durable record of each customer agent and its lifecycle.
CREATE TABLE agent (
    id            UUID         PRIMARY KEY,
    customer      VARCHAR(512) NOT NULL,
    mandate_id    VARCHAR(64)  NOT NULL,
    state         VARCHAR(24)  NOT NULL CHECK (state IN
                  ('CREATED', 'NEGOTIATING', 'AWAITING_PAYMENT', 'PAID', 'DECLINED', 'EXPIRED', 'REVOKED', 'FAILED')),
    state_reason  VARCHAR(512),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (customer, mandate_id)
);
CREATE INDEX agent_state ON agent (state);
