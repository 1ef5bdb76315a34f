/**
 * Integration tests of the certificate authority against the deployed EAR: OpenSSL over what it
 * serves, revocation seen by CRL, OCSP and BCI, the admin API's refusals, and restart.
 */
package org.agentset.it.ca;
