package org.agentset.ca.issue;

import org.agentset.set.cert.CertificateProfile;

/**
 * An operator's request to certify a merchant's or payment gateway's key from a PKCS#10 request.
 *
 * @param profile one of the four merchant/gateway end-entity profiles
 * @param csrPem the PEM request (proof of possession)
 * @param merchant for merchant profiles: the acquirer's registration data; otherwise null
 * @param cardCertRequired for a gateway signature certificate: whether cardholders need
 *     certificates
 * @param validityDays 1..{@value IssuePlanner#MAX_DAYS}
 */
public record IssueRequest(
    CertificateProfile profile,
    String csrPem,
    MerchantDetails merchant,
    boolean cardCertRequired,
    int validityDays) {}
