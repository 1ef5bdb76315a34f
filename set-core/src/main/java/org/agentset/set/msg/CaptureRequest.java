package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.TransIDs;

/**
 * A CapReq the gateway verified: the merchant, and one result per item (each CapToken opened and
 * checked on its own, so a bad token fails its item, not the batch). The caller clears the {@link
 * CapCode#SUCCESS} items with the acquirer and answers with {@link GatewayCapture#captureResponse}.
 */
public final class CaptureRequest {

  /**
   * One capture item.
   *
   * @param transIds the purchase
   * @param authRrpid the authorization captured
   * @param amount the amount to capture
   * @param result {@link CapCode#SUCCESS} when token and item check out, else why not
   */
  public record Item(TransIDs transIds, byte[] authRrpid, CurrencyAmount amount, CapCode result) {}

  final byte[] rrpid;
  final SetString merchantId;
  final X509Certificate merchantKeyExchange;
  private final List<Item> items;

  CaptureRequest(
      byte[] rrpid, SetString merchantId, X509Certificate merchantKeyExchange, List<Item> items) {
    this.rrpid = rrpid;
    this.merchantId = merchantId;
    this.merchantKeyExchange = merchantKeyExchange;
    this.items = List.copyOf(items);
  }

  /** The items, in request order. */
  public List<Item> items() {
    return items;
  }

  /** The merchant asking. */
  public SetString merchantId() {
    return merchantId;
  }
}
