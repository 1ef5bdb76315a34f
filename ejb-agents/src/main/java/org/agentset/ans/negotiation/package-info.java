/**
 * The negotiation policy as plain Java, free of the container: offers, price ceilings, selection.
 * Deterministic, so tests can assert outcomes.
 */
package org.agentset.ans.negotiation;
