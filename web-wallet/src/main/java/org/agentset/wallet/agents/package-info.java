/**
 * The wallet's side of delegation and of the SET Agent Interface, free of HTTP and files: building
 * and signing a mandate with fresh per-item keys K ({@link org.agentset.wallet.agents.Delegation}),
 * and deciding whether a payment start may be paid ({@link
 * org.agentset.wallet.agents.PaymentStartCheck}), every refusal with its {@link
 * org.agentset.wallet.agents.Refusal reason}. Side effects (clock, randomness, the CA's trust
 * material) are constructor arguments; the formats are set-core's ({@code org.agentset.set.sai}).
 */
package org.agentset.wallet.agents;
