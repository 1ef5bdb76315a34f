-- The CardSecrets the brand's cardholder CA hands the issuer (ISO 8583 0302, file SETCSEC), one per
-- card account and cardholder certificate: the issuer verifies the TransStain of each SET
-- authorisation that names the certificate, TransStain = HMAC-SHA256(CardSecret, XID).
-- The secret is never stored in the clear: sealed_secret is nonce (12) || AES-256-GCM ciphertext
-- || tag (16) under a storage key derived by HKDF-SHA256 from the issuer's PAN key (info
-- "AgentSET issuer card-secret storage v1"), with the account id and serial as additional
-- authenticated data, so a sealed secret moved to another row does not open.
CREATE TABLE card_secret (
    id                 BIGSERIAL   PRIMARY KEY,
    account_id         BIGINT      NOT NULL REFERENCES card_account (id),
    cardholder_serial  VARCHAR(40) NOT NULL CHECK (cardholder_serial ~ '^([0-9A-F]{2})+$'),
    sealed_secret      BYTEA       NOT NULL CHECK (octet_length(sealed_secret) >= 12 + 16 + 16),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, cardholder_serial)
);

-- The 0302 is answered once per network identity like the financial messages: it is logged in
-- message_log, with amount 0 and without a retrieval reference number (the 0302 has none).
ALTER TABLE message_log DROP CONSTRAINT message_log_message_class_check;
ALTER TABLE message_log ADD CONSTRAINT message_log_message_class_check
    CHECK (message_class IN ('AUTHORISATION', 'CAPTURE', 'REFUND', 'REVERSAL', 'CARD_SECRET'));
ALTER TABLE message_log ALTER COLUMN rrn DROP NOT NULL;
ALTER TABLE message_log ADD CONSTRAINT message_log_rrn_present
    CHECK (rrn IS NOT NULL OR message_class = 'CARD_SECRET');
