/**
 * The audit trail's integrity, as plain Java: the SHA-256 hash chain over every entry ({@link
 * org.agentset.ca.audit.AuditChain}). Writing entries is {@code org.agentset.ca.app.AuditTrail}'s.
 */
package org.agentset.ca.audit;
