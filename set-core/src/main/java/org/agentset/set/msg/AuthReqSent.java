package org.agentset.set.msg;

import org.agentset.set.asn1.gateway.AuthTags;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.MessageWrapper;

/**
 * The merchant's AuthReq and what AuthRes must echo: its tags (RRPID, TransIDs) and amount, and
 * whether it asked for an AuthToken.
 */
public final class AuthReqSent {

  private final MessageWrapper message;
  final VerifiedPReq purchase;
  final AuthTags authTags;
  final CurrencyAmount amount;
  final boolean authTokenRequested;

  AuthReqSent(
      MessageWrapper message, VerifiedPReq purchase, AuthTags authTags, CurrencyAmount amount) {
    this(message, purchase, authTags, amount, false);
  }

  AuthReqSent(
      MessageWrapper message,
      VerifiedPReq purchase,
      AuthTags authTags,
      CurrencyAmount amount,
      boolean authTokenRequested) {
    this.message = message;
    this.purchase = purchase;
    this.authTags = authTags;
    this.amount = amount;
    this.authTokenRequested = authTokenRequested;
  }

  /** The AuthReq to send to the gateway. */
  public MessageWrapper message() {
    return message;
  }

  /** The RRPID of this authorization (AuthRRPID). */
  public byte[] authRrpid() {
    return authTags.getAuthRrTags().getRrpid();
  }
}
