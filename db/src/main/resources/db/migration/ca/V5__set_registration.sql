-- SET registration over POST /ca/set (issue 4): what the acquirer registered about each merchant
-- and payment gateway, the brand's card BINs, pended certificate requests, and the RRPIDs the CA
-- has accepted (replay protection that survives a restart).

-- A SET message refused before the CA could tell who sent it (undecodable, sealed to no CA of
-- this hierarchy) is recorded as kind UNKNOWN.
ALTER TABLE registration_request DROP CONSTRAINT registration_request_kind_check;
ALTER TABLE registration_request ADD CONSTRAINT registration_request_kind_check
    CHECK (kind IN ('WALLET', 'CUSTOMER_AGENT', 'CARDHOLDER', 'MERCHANT', 'GATEWAY', 'UNKNOWN'));

-- A merchant or gateway as its acquirer registered it. The enrolment code is handed to the party
-- out of band; the CA keeps SHA-256(salt || code) only. status: ACTIVE (certificates issued at
-- once), REVIEW (requests pended until an operator approves), REJECTED.
CREATE TABLE acquirer_registration (
    reference       VARCHAR(64)  PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('MERCHANT', 'GATEWAY')),
    acquirer_bin    CHAR(6)      NOT NULL CHECK (acquirer_bin ~ '^[0-9]{6}$'),
    merchant_id     VARCHAR(30),
    name            VARCHAR(25)  NOT NULL,
    category_code   CHAR(4),
    city            VARCHAR(50)  NOT NULL,
    country_name    VARCHAR(50)  NOT NULL,
    country_code    INTEGER      NOT NULL CHECK (country_code BETWEEN 1 AND 999),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'REVIEW', 'REJECTED')),
    enrolment_salt  BYTEA        NOT NULL CHECK (length(enrolment_salt) = 16),
    enrolment_hash  BYTEA        NOT NULL CHECK (length(enrolment_hash) = 32),
    CHECK ((kind = 'MERCHANT') = (merchant_id IS NOT NULL))
);
CREATE UNIQUE INDEX acquirer_registration_identity
    ON acquirer_registration (kind, acquirer_bin, coalesce(merchant_id, ''));

-- Demo registrations; their enrolment codes are documented in the README (demo values).
INSERT INTO acquirer_registration (reference, kind, acquirer_bin, merchant_id, name, category_code,
    city, country_name, country_code, status, enrolment_salt, enrolment_hash) VALUES
    ('nordlicht-books', 'MERCHANT', '412345', 'NLB-0001', 'Nordlicht Books', '5942', 'Hamburg', 'Germany', 276, 'ACTIVE',
     '\x9e0ed9dfb990b296e63c5a1c0bfe7e08', '\x4bd69de0ddce520523ab6b242f71e35c200978d6b5db991b295657f12dc4c85f'),
    ('voltaic-parts', 'MERCHANT', '412345', 'VOP-0002', 'Voltaic Parts', '5065', 'Eindhoven', 'Netherlands', 528, 'ACTIVE',
     '\x49d05a8927b9091f189101e02c035afb', '\xcd02055f5550a5a80519d7e903229d46217ab0487cb1e6cae657e372823b83d2'),
    ('herbarium-tea', 'MERCHANT', '412345', 'HBT-0003', 'Herbarium Tea', '5499', 'Utrecht', 'Netherlands', 528, 'ACTIVE',
     '\xbb118956fa9f1f12f93ef18eaceba201', '\x1be02ac6d2e1f7a73c66ccfe1284d61c785040e18e8a6c61b4ad18c6f841587b'),
    ('lumen-studio', 'MERCHANT', '412345', 'LUM-0009', 'Lumen Studio', '7333', 'Rotterdam', 'Netherlands', 528, 'REVIEW',
     '\xd2fbdf27addc348d7eaf0da7a9fdfab7', '\x8af3fa8d1b14dc027a2c68206965f1b995b75420c61289d023d9b6af68834ab7'),
    ('agentset-gateway', 'GATEWAY', '412345', NULL, 'AgentSET Gateway', NULL, 'Amsterdam', 'Netherlands', 528, 'ACTIVE',
     '\xbb71c9c6381d0982db08692050a2cf06', '\xcb26296c412da40ca862293264b14940b314bc7ea655dfa4eab793878d887097');

-- The BINs of the brand's issuers: a card is registered only if its first six digits are here.
CREATE TABLE card_bin (
    bin     CHAR(6)     PRIMARY KEY CHECK (bin ~ '^[0-9]{6}$'),
    brand   VARCHAR(40) NOT NULL,
    issuer  VARCHAR(64) NOT NULL
);
INSERT INTO card_bin (bin, brand, issuer) VALUES
    ('411111', 'AgentCard', 'AgentBank (demo issuer)'),
    ('400000', 'AgentCard', 'AgentBank (demo issuer)'),
    ('555555', 'AgentCard', 'AgentBank (demo issuer)'),
    ('520000', 'AgentCard', 'AgentBank (demo issuer)');

-- Certificate requests pended under their LID-CA until the acquirer registration is approved; a
-- CertInqReq signed with public_key_s asks again. issued_serials is set once answered.
CREATE TABLE registration_pending (
    lid_ca          BYTEA        PRIMARY KEY CHECK (length(lid_ca) = 20),
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('MERCHANT', 'GATEWAY')),
    reference       VARCHAR(64)  NOT NULL REFERENCES acquirer_registration (reference),
    id_data         BYTEA        NOT NULL,
    public_key_s    BYTEA        NOT NULL,
    public_key_e    BYTEA        NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    resolved_at     TIMESTAMPTZ,
    issued_serials  VARCHAR(200)
);

-- RRPIDs of accepted CertReq/CertInqReq, kept until no message carrying them could be fresh.
CREATE TABLE set_replay (
    kind        VARCHAR(24)  NOT NULL,
    id          BYTEA        NOT NULL,
    keep_until  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, id)
);
