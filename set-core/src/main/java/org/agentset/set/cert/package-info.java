/**
 * SET certificate handling: profiles and issuance for every SET certificate type and AgentSET's
 * communication certificates, the PAN-free cardholder identity, CRLs, BrandCRLIdentifiers,
 * thumbprints, and SET path validation with root rollover.
 *
 * <p>Side effects come in through constructors: a {@link java.security.Provider} (Bouncy Castle,
 * never registered globally), a {@link java.time.Clock} and a {@link java.security.SecureRandom}.
 *
 * <p>Interoperability choices (tested against OpenSSL 3.0):
 *
 * <ul>
 *   <li>RSA certificates are signed with RSASSA-PSS (SHA-256, MGF1-SHA-256, 32-byte salt), the
 *       {@code rsa} suite's signature, which OpenSSL 3 verifies; no PKCS#1 v1.5 fallback.
 *   <li>SET's private extensions ({@code hashedRootKey}, {@code certificateType}, …) are written
 *       non-critical, unlike SET 1.0 which made the first two critical: a critical unknown
 *       extension makes every standard verifier (OpenSSL, the JDK) reject the certificate, while
 *       AgentSET's own {@link org.agentset.set.cert.SetPathValidator} requires and enforces them
 *       whatever their criticality. keyUsage, basicConstraints and certificatePolicies stay
 *       critical as in SET.
 *   <li>authorityKeyIdentifier carries the keyIdentifier (SHA-256-based, RFC 7093 method 1), not
 *       SET's issuer-and-serial form, so that a CA certificate can be renewed without reissuing
 *       everything below it.
 *   <li>ML-DSA-65 certificates are built and validated here, but OpenSSL 3.0.19 cannot verify
 *       ML-DSA, so they are exempt from the OpenSSL interop tests.
 * </ul>
 */
package org.agentset.set.cert;
