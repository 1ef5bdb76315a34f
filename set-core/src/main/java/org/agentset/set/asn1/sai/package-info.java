/**
 * AgentSET's own ASN.1 at the seams between the wallet, the agent server and the merchant (DESIGN
 * §7): the merchant-signed {@link org.agentset.set.asn1.sai.SetInitiation}, the customer's {@link
 * org.agentset.set.asn1.sai.Mandate} (its {@link org.agentset.set.asn1.sai.MandateTerms} and {@link
 * org.agentset.set.asn1.sai.ItemSlot}s), the {@link org.agentset.set.asn1.sai.SealedToken} and its
 * {@link org.agentset.set.asn1.sai.TokenPlaintext}, and the agent's {@link
 * org.agentset.set.asn1.sai.PaymentStart}. One class per type, Bouncy Castle style, decoded
 * strictly through {@link org.agentset.set.asn1.der.Fields}; the identifiers are in {@link
 * org.agentset.set.asn1.sai.SaiObjectIdentifiers}. Signing, sealing and verifying are in {@code
 * org.agentset.set.sai}.
 */
package org.agentset.set.asn1.sai;
