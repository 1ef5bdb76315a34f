/**
 * The cardholder's side of a SET purchase, as the wallet runs it: PInitReq/PInitRes and the
 * dual-signed PReq/PRes with set-core's {@code CardholderPurchase} against the merchant's SET
 * endpoint, the gateway-signed receipt verified, InqReq while the result is pending, and the
 * outcome as a {@link org.agentset.wallet.model.Purchase} with its receipt.
 */
package org.agentset.wallet.pay;
