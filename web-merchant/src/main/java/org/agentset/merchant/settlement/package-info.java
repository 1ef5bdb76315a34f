/**
 * Capture and refund: the merchant's CapReq batches and CredReqs to the gateway over HTTP
 * (set-core's MerchantAuthorisation and MerchantCredit), their records in the {@code merchant}
 * schema, and the capture of each authorization at once for shops with that policy.
 */
package org.agentset.merchant.settlement;
