/**
 * SET's messages between merchant and payment gateway (SET-PROTOCOL.md §3.5-§3.7, §2.3):
 * AuthReq/AuthRes with the CapToken, AuthToken and AcqCardMsg baggage, CapReq/CapRes,
 * AuthRevReq/AuthRevRes, CredReq/CredRes, PCertReq/PCertRes; and AgentSET's {@link
 * org.agentset.set.asn1.gateway.MerchantBinding} and {@link
 * org.agentset.set.asn1.gateway.GatewayReceipt}, which name the merchant in AuthRes and give the
 * cardholder gateway-signed evidence (§5.2).
 */
package org.agentset.set.asn1.gateway;
