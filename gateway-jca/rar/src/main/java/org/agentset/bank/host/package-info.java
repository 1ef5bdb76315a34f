/** The embedded card-issuer host that answers the adapter when no external host is configured. */
package org.agentset.bank.host;
