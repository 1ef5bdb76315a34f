/**
 * The certificate authority's JAX-RS resources under {@code /ca/api}: status, the signed-in
 * operator, and the operators' admin API for search, issuance and revocation.
 */
package org.agentset.ca.rest;
