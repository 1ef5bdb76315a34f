package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * Who a merchant or gateway is at its acquirer: the identity the CA must check against the
 * authenticated requester before certifying (SET-PROTOCOL.md §5.3).
 *
 * <pre>
 * IDData ::= CHOICE {
 *    merchantAcquirerID  [0] MerchantAcquirerID,
 *    acquirerID          [1] AcquirerID
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C] (SetCertMsgs).
 */
public final class IDData extends ASN1Object {

  private static final String TYPE = "IDData";

  private final MerchantAcquirerID merchantAcquirerId;
  private final AcquirerID acquirerId;

  private IDData(MerchantAcquirerID merchantAcquirerId, AcquirerID acquirerId) {
    this.merchantAcquirerId = merchantAcquirerId;
    this.acquirerId = acquirerId;
  }

  /** A merchant's identity. */
  public static IDData of(MerchantAcquirerID merchantAcquirerId) {
    return new IDData(Check.required("merchantAcquirerID", merchantAcquirerId), null);
  }

  /** An acquirer's (gateway's) identity. */
  public static IDData of(AcquirerID acquirerId) {
    return new IDData(null, Check.required("acquirerID", acquirerId));
  }

  /** Decodes IDData. */
  public static IDData getInstance(Object obj) {
    if (obj instanceof IDData v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          of(
              Fields.implicitAlternative(
                  TYPE,
                  "merchantAcquirerID",
                  t,
                  BERTags.SEQUENCE,
                  MerchantAcquirerID::getInstance));
      case 1 ->
          of(
              Fields.implicitAlternative(
                  TYPE, "acquirerID", t, BERTags.SEQUENCE, AcquirerID::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** The merchant's identity, or null. */
  public MerchantAcquirerID getMerchantAcquirerId() {
    return merchantAcquirerId;
  }

  /** The acquirer's identity, or null. */
  public AcquirerID getAcquirerId() {
    return acquirerId;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return merchantAcquirerId != null
        ? new DERTaggedObject(false, 0, merchantAcquirerId)
        : new DERTaggedObject(false, 1, acquirerId);
  }
}
