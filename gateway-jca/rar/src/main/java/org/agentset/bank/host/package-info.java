/**
 * The embedded card issuer the adapter starts when no external host is configured: the ISO 8583
 * server ({@link org.agentset.bank.host.IssuerHost}), the issuer's decisions over its ledger in the
 * {@code bank} schema (one database transaction per message, repeats answered from the message
 * log), the CardSecrets the cardholder CA registers (0302) and the TransStain check they allow,
 * the demo cards, and the test-only faults.
 */
package org.agentset.bank.host;
