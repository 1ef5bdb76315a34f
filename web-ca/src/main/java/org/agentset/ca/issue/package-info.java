/**
 * Issuing from requests, as plain Java: PKCS#10 parsing with proof of possession ({@link
 * org.agentset.ca.issue.CertificationRequests}), the public-key hash of the never-twice registry
 * ({@link org.agentset.ca.issue.PublicKeyHash}), and the planning of merchant and gateway
 * certificates from an operator's request ({@link org.agentset.ca.issue.IssuePlanner}).
 */
package org.agentset.ca.issue;
