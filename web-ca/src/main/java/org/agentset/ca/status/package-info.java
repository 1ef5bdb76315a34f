/**
 * Certificate status as the world sees it: the revocation reasons an operator may give and the
 * RFC 6960 OCSP responder. CRLs and BrandCRLIdentifiers are built by set-core's {@code
 * SetCrlIssuer} and {@code BrandCrlIdentifiers}; publishing them is {@code
 * org.agentset.ca.app.StatusPublisher}'s job.
 */
package org.agentset.ca.status;
