package org.agentset.merchant.set;

import org.agentset.set.msg.Credential;
import org.agentset.set.msg.MerchantAuthorisation;
import org.agentset.set.msg.MerchantCredit;
import org.agentset.set.msg.MerchantPurchase;
import org.agentset.set.msg.SetErrors;
import org.agentset.set.msg.SetProtocolException;

/**
 * One enrolled merchant's SET side: its purchase, payment (authorization and capture) and refund
 * objects (set-core), its signature key for signed Errors, and its capture policy ({@code
 * captureNow}: capture each authorization at once with its own CapReq, or later in a batch from the
 * back office).
 */
public record MerchantParty(
    MerchantPurchase purchase,
    MerchantAuthorisation payments,
    MerchantCredit credits,
    SetErrors errors,
    Credential signature,
    boolean captureNow) {

  /** A signed Error answering {@code refused}; unsigned if even signing fails. */
  public byte[] error(byte[] refused, SetProtocolException refusal) {
    try {
      return errors.signed(refused, refusal, signature).getDerEncoded();
    } catch (SetProtocolException e) {
      return errors.unsigned(refused, refusal).getDerEncoded();
    }
  }
}
