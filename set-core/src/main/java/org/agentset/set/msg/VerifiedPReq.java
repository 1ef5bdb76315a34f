package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.agentset.set.asn1.msg.TransIDs;
import org.agentset.set.asn1.purchase.OIData;
import org.agentset.set.asn1.purchase.PI;

/**
 * A PReq the merchant accepted: the order information (checked against its own order and the dual
 * signature), and the payment instruction it forwards, unopened, to the gateway with its own
 * digests of the purchase (CheckDigests).
 */
public final class VerifiedPReq {

  final PInitAnswered init;
  final OIData oiData;
  final byte[] rrpid;
  final PI pi;
  final DetachedDigest hOIData;
  final X509Certificate cardholder;

  VerifiedPReq(
      PInitAnswered init,
      OIData oiData,
      byte[] rrpid,
      PI pi,
      DetachedDigest hOIData,
      X509Certificate cardholder) {
    this.init = init;
    this.oiData = oiData;
    this.rrpid = rrpid;
    this.pi = pi;
    this.hOIData = hOIData;
    this.cardholder = cardholder;
  }

  /** The purchase's identifiers. */
  public TransIDs transIds() {
    return oiData.getTransIds();
  }

  /** The cardholder-signed order information. */
  public OIData oiData() {
    return oiData;
  }

  /**
   * Whether the cardholder dual-signed the purchase; false for SET's unsigned purchase (a
   * cardholder without certificate), which only a gateway allowing it authorises.
   */
  public boolean isSigned() {
    return cardholder != null;
  }

  /** The order this purchase pays for. */
  public PurchaseOrder order() {
    return init.order;
  }
}
