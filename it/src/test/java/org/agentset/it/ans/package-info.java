/**
 * Integration tests of the Agent Negotiation Server over HTTP, as the wallet and the merchant
 * server reach it: its API, its refusals, its durable record.
 */
package org.agentset.it.ans;
