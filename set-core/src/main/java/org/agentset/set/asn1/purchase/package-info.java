/**
 * SET's purchase messages between wallet and merchant (SET-PROTOCOL.md §3): PInitReq/PInitRes, PReq
 * (dual-signed and unsigned) with OIData, PIHead, PIData, PI-OILink, PI-TBS and the PI the merchant
 * forwards, PRes, InqReq/InqRes; and AgentSET's {@link
 * org.agentset.set.asn1.purchase.GatewayBinding}, which names the gateway under the dual signature
 * (§5.1).
 */
package org.agentset.set.asn1.purchase;
