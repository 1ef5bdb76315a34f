-- Each merchant's identity at its acquirer, as SET merchant registration names it
-- (MerchantAcquirerID: acquirer BIN and merchant id); the demo values match the CA's seeded
-- acquirer registrations.
ALTER TABLE merchant
    ADD COLUMN acquirer_bin    VARCHAR(6)  CHECK (acquirer_bin ~ '^[0-9]{6}$'),
    ADD COLUMN set_merchant_id VARCHAR(30);

UPDATE merchant SET acquirer_bin = '412345', set_merchant_id = 'NLB-0001' WHERE code = 'nordlicht-books';
UPDATE merchant SET acquirer_bin = '412345', set_merchant_id = 'VOP-0002' WHERE code = 'voltaic-parts';
UPDATE merchant SET acquirer_bin = '412345', set_merchant_id = 'HBT-0003' WHERE code = 'herbarium-tea';

-- enrolment attempts are visible to the back office
ALTER TABLE merchant ADD COLUMN enrolment_note VARCHAR(512);

-- the merchant-signed SetInitiation of an order (set-core sai), once the merchant is enrolled
ALTER TABLE purchase_order ADD COLUMN set_initiation BYTEA;
