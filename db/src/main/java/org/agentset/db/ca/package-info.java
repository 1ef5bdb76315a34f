/**
 * The certificate authority's entities (schema {@code ca}): certificates and the public-key
 * registry, the hierarchy and its encrypted key store, CRL and BrandCRLIdentifier history, and the
 * hash-chained audit trail.
 */
package org.agentset.db.ca;
