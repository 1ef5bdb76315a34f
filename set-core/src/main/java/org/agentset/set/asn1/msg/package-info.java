/**
 * SET's message envelope and shared types: {@link org.agentset.set.asn1.msg.MessageWrapper} (the
 * wire format, read with {@link org.agentset.set.asn1.msg.MessageWrapper#parse}), {@link
 * org.agentset.set.asn1.msg.MessageHeader}, the {@link org.agentset.set.asn1.msg.Message} CHOICE
 * and its {@link org.agentset.set.asn1.msg.MessageType}s, the Error message ({@link
 * org.agentset.set.asn1.msg.SetError}, {@link org.agentset.set.asn1.msg.ErrorCode}); the types
 * every flow uses (TransIDs, CurrencyAmount, thumbprints, PAN data, {@code DD} and {@code L}
 * operator results); the opaque carriers of cryptographic products ({@link
 * org.agentset.set.asn1.msg.ProtectedContent}, {@link org.agentset.set.asn1.msg.ContentKind}); and
 * the object identifiers of SET content types and AgentSET's message extensions ({@link
 * org.agentset.set.asn1.msg.MessageIdentifiers}, {@link
 * org.agentset.set.asn1.msg.AgentSetExtensions}).
 *
 * <p>Provenance tags in the Javadoc follow SET-PROTOCOL.md: [C] confirmed from the published ASN.1
 * or a cited source, [P] partly, [U] reconstructed (the exact Book 3 text was not available); the
 * wire format of [U] parts is AgentSET's own and stable.
 */
package org.agentset.set.asn1.msg;
