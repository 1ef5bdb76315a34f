package org.agentset.set.msg;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.TransIDs;

/**
 * A CredReq the gateway verified: the merchant, and one result per item (each CapToken opened and
 * checked on its own). The caller checks each {@link CredCode#SUCCESS} item against what it
 * captured and refunded before (the refund limit is the caller's records), credits it with the
 * acquirer, and answers with {@link GatewayCredit#creditResponse}.
 */
public final class CreditRequest {

  /**
   * One credit item.
   *
   * @param transIds the purchase
   * @param capRrpid the capture being credited, as the merchant names it
   * @param authRrpid the authorization the item's CapToken was issued for
   * @param amount the amount to credit
   * @param result {@link CredCode#SUCCESS} when the token and item check out, else why not
   */
  public record Item(
      TransIDs transIds,
      byte[] capRrpid,
      byte[] authRrpid,
      CurrencyAmount amount,
      CredCode result) {

    /** The same item with another result. */
    public Item withResult(CredCode code) {
      return new Item(transIds, capRrpid, authRrpid, amount, code);
    }
  }

  final byte[] rrpid;
  final SetString merchantId;
  final X509Certificate merchantKeyExchange;
  private final List<Item> items;

  CreditRequest(
      byte[] rrpid, SetString merchantId, X509Certificate merchantKeyExchange, List<Item> items) {
    this.rrpid = rrpid;
    this.merchantId = merchantId;
    this.merchantKeyExchange = merchantKeyExchange;
    this.items = List.copyOf(items);
  }

  public List<Item> items() {
    return items;
  }

  public SetString merchantId() {
    return merchantId;
  }

  /** The RRPID of the CredReq (echoed in CredRes). */
  public byte[] rrpid() {
    return rrpid.clone();
  }

  /**
   * The same request with the items' results as settled (never turning a refusal into a success).
   *
   * @throws IllegalArgumentException if the items are not the request's, in order
   */
  public CreditRequest withItems(List<Item> settled) {
    if (settled.size() != items.size()) {
      throw new IllegalArgumentException("one settled item per requested item");
    }
    for (int i = 0; i < items.size(); i++) {
      Item was = items.get(i);
      Item now = settled.get(i);
      if (!Arrays.equals(was.capRrpid(), now.capRrpid())
          || !Amounts.equal(was.amount(), now.amount())
          || (was.result() != CredCode.SUCCESS && now.result() == CredCode.SUCCESS)) {
        throw new IllegalArgumentException("settled item " + i + " is not the requested one");
      }
    }
    return new CreditRequest(rrpid, merchantId, merchantKeyExchange, settled);
  }
}
