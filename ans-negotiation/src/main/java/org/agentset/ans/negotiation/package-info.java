/**
 * The negotiation as plain Java, free of the container (the module's enforcer bans {@code
 * jakarta.*} here): the mandate's terms as the agent sees them, calls for proposals, offers,
 * bilateral alternating-offers bargaining with time-dependent concession on both sides, selection
 * by utility with an explanation, and the transcript of the whole exchange. Deterministic under a
 * fixed seed and clock, so tests can assert outcomes.
 *
 * <p>Safety, held by construction and checked by the property tests: the customer side never
 * accepts an offer outside the mandate ({@link org.agentset.ans.negotiation.MandateTerms#violation}
 * is checked on every agreement and again at selection), and a merchant side never accepts a bid
 * below its floor or beyond its stock.
 */
package org.agentset.ans.negotiation;
