package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.MessageWrapper;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.TransIDs;

/**
 * The wallet's dual-signed PReq and what it must remember to check PRes (and InqRes): the
 * transaction, the RRPID and challenge to be echoed, HOD, and the merchant and gateway it committed
 * to under its signature.
 */
public final class PReqSent {

  private final MessageWrapper message;
  final PurchaseOrder order;
  final TransIDs transIds;
  final byte[] rrpid;
  final byte[] challC;
  final DetachedDigest hod;
  final SetString merchantId;
  final X509Certificate merchant;
  final X509Certificate gatewayKeyExchange;

  PReqSent(
      MessageWrapper message,
      PurchaseOrder order,
      TransIDs transIds,
      byte[] rrpid,
      byte[] challC,
      DetachedDigest hod,
      SetString merchantId,
      X509Certificate merchant,
      X509Certificate gatewayKeyExchange) {
    this.message = message;
    this.order = order;
    this.transIds = transIds;
    this.rrpid = rrpid;
    this.challC = challC;
    this.hod = hod;
    this.merchantId = merchantId;
    this.merchant = merchant;
    this.gatewayKeyExchange = gatewayKeyExchange;
  }

  /** The PReq to send. */
  public MessageWrapper message() {
    return message;
  }

  /** The purchase's identifiers. */
  public TransIDs transIds() {
    return transIds;
  }
}
