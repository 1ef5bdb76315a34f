-- The certificate authority's records: every certificate it issued, and an append-only audit trail.
CREATE TABLE certificate_record (
    id              BIGSERIAL PRIMARY KEY,
    serial_hex      VARCHAR(64)  NOT NULL UNIQUE,
    subject_dn      VARCHAR(512) NOT NULL,
    issuer_dn       VARCHAR(512) NOT NULL,
    cert_type       VARCHAR(32)  NOT NULL,
    not_before      TIMESTAMPTZ  NOT NULL,
    not_after       TIMESTAMPTZ  NOT NULL,
    public_key_hash BYTEA        NOT NULL UNIQUE,
    status          VARCHAR(16)  NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'REVOKED')),
    revoked_at      TIMESTAMPTZ,
    revocation_reason VARCHAR(32),
    der             BYTEA        NOT NULL,
    CHECK (not_before < not_after),
    CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE INDEX certificate_record_type_status ON certificate_record (cert_type, status);

CREATE TABLE audit_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(128) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(256),
    origin      VARCHAR(128),
    detail      TEXT
);

-- The audit trail is append-only: no update, no delete, ever.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ca.audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
