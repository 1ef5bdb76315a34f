/** Infrastructure of the certificate authority: schema migration at start-up. */
package org.agentset.ca.infra;
