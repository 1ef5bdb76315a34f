/**
 * The CA's fixed public HTTP endpoints, as servlets (outside the JAX-RS application so their paths
 * are exactly those written into certificates): certificates, CRLs and the BrandCRLIdentifier
 * under {@code /ca/pki}, and the OCSP responder at {@code /ca/ocsp}. No credentials, no state.
 */
package org.agentset.ca.publish;
