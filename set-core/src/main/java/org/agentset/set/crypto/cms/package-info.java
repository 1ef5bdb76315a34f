/**
 * AgentSET's own ASN.1 inside standard CMS: the {@code KeyBlock} (SET's OAEP block contents), the
 * {@code AgentSetRecipientInfo} that carries it as a CMS OtherRecipientInfo, SET's linkage {@code
 * L{T1, T2}} and the {@code EncB} pair of envelope and baggage. One class per type, Bouncy Castle
 * style, with the ASN.1 in each class's Javadoc.
 */
package org.agentset.set.crypto.cms;
