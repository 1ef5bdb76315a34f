/**
 * The three algorithm suites ({@code rsa}, {@code p256}, {@code pq-hybrid}) and the primitives only
 * they use: RSA-PSS and RSA-OAEP parameters, ECDSA P-256, HPKE, the ML-DSA-65 + ECDSA composite
 * signature, the ML-KEM-768 + X25519 hybrid KEM and its key encoding. Obtain suites through {@link
 * org.agentset.set.crypto.AlgorithmSuites}.
 */
package org.agentset.set.crypto.suite;
