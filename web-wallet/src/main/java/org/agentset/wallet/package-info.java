/**
 * The customer's E-Wallet: the only place where the card, the cardholder's keys and the per-item
 * keys K exist. It runs on the customer's own machine and listens on 127.0.0.1 only.
 */
package org.agentset.wallet;
