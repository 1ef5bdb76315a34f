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

  /**
   * The same request with the items' results as the acquirer settled them (an item the token
   * allowed but the issuer refused becomes a failure), for {@link GatewayCapture#captureResponse}.
   *
   * @throws IllegalArgumentException if the items are not the request's, in order, or an item the
   *     gateway refused would become a success
   */
  public CaptureRequest withItems(List<Item> settled) {
    if (settled.size() != items.size()) {
      throw new IllegalArgumentException("one settled item per requested item");
    }
    for (int i = 0; i < items.size(); i++) {
      Item was = items.get(i);
      Item now = settled.get(i);
      if (!java.util.Arrays.equals(was.authRrpid(), now.authRrpid())
          || !Amounts.equal(was.amount(), now.amount())
          || (was.result() != CapCode.SUCCESS && now.result() == CapCode.SUCCESS)) {
        throw new IllegalArgumentException("settled item " + i + " is not the requested one");
      }
    }
    return new CaptureRequest(rrpid, merchantId, merchantKeyExchange, settled);
  }

  /** The RRPID of the CapReq (echoed in CapRes). */
  public byte[] rrpid() {
    return rrpid.clone();
  }

  /** The merchant asking. */
  public SetString merchantId() {
    return merchantId;
  }
}
