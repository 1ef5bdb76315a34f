/** The JCA 2.1 outbound resource adapter (SPI side) that pools links to the issuer host. */
package org.agentset.bank.ra;
