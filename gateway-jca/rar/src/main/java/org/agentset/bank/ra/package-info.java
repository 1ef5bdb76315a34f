/**
 * The JCA 2.1 outbound resource adapter (SPI side): pooled links to the issuer host, what a
 * failure means before and after a request was sent, the reversal store-and-forward queue, and the
 * test-only control as an administered object.
 */
package org.agentset.bank.ra;
