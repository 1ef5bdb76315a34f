package org.agentset.ca.rest;

import org.agentset.ca.issue.MerchantDetails;

/**
 * The admin API's issuance request: {@code profile} is one of MERCHANT_SIGNATURE,
 * MERCHANT_KEY_EXCHANGE, GATEWAY_SIGNATURE, GATEWAY_KEY_EXCHANGE; {@code csr} a PEM PKCS#10 request.
 */
public record IssueBody(
    String profile,
    String csr,
    MerchantDetails merchant,
    boolean cardCertRequired,
    Integer validityDays) {}
