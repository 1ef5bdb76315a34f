/**
 * The certificate authority's services as thin EJBs: the running hierarchy ({@link
 * org.agentset.ca.app.CaKeyRing}) created or loaded at start ({@link
 * org.agentset.ca.app.HierarchyStore}), issuance with the never-twice key registry, revocation with
 * CRL and BCI publication in the same transaction, the scheduled re-issuance of CRLs and BCIs, the
 * OCSP responder's container handle, read-only queries, and the hash-chained audit trail. The
 * decisions live in the plain packages ({@code hierarchy}, {@code issue}, {@code status}, {@code
 * audit}) and in set-core.
 */
package org.agentset.ca.app;
