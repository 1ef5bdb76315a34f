/**
 * The customer's wallet against the deployed suite: a real wallet (the production wiring, its own
 * HTTP server on 127.0.0.1) talking over HTTP to the deployed CA and agent server, driven through
 * its JSON API as an automation script would.
 */
package org.agentset.it.wallet;
