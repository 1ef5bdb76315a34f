-- Every certificate request that reached the CA over a protocol (communication certificates now,
-- SET registration later): what was asked, by whom, the hash of the request as received (a replay
-- is recognised by it), and the outcome. Refusals are kept too.
CREATE TABLE registration_request (
    id                 BIGSERIAL    PRIMARY KEY,
    kind               VARCHAR(24)  NOT NULL
                       CHECK (kind IN ('WALLET', 'CUSTOMER_AGENT', 'CARDHOLDER', 'MERCHANT', 'GATEWAY')),
    received_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    origin             VARCHAR(128),
    requester          VARCHAR(256),
    request_hash       BYTEA        NOT NULL CHECK (length(request_hash) = 32),
    outcome            VARCHAR(16)  NOT NULL CHECK (outcome IN ('ISSUED', 'REFUSED', 'PENDING')),
    detail             VARCHAR(512),
    certificate_serial VARCHAR(64)  REFERENCES certificate_record (serial_hex),
    CHECK ((outcome = 'ISSUED') = (certificate_serial IS NOT NULL))
);
CREATE INDEX registration_request_received_at ON registration_request (received_at);
CREATE UNIQUE INDEX registration_request_issued_once ON registration_request (request_hash)
    WHERE outcome = 'ISSUED';
