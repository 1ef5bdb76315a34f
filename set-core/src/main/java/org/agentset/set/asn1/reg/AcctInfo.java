package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.PANData0;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The extra-encrypted part of an EncX CertReq: a cardholder's card data, or a merchant's account.
 *
 * <pre>
 * AcctInfo ::= CHOICE {
 *    panData0  [0] EXPLICIT PANData0,
 *    acctData  [1] EXPLICIT AcctData
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C] (SetCertMsgs); explicitness [U].
 */
public final class AcctInfo extends ASN1Object {

  private static final String TYPE = "AcctInfo";

  private final PANData0 panData0;
  private final AcctData acctData;

  private AcctInfo(PANData0 panData0, AcctData acctData) {
    this.panData0 = panData0;
    this.acctData = acctData;
  }

  /** A cardholder's card data. */
  public static AcctInfo of(PANData0 panData0) {
    return new AcctInfo(Check.required("panData0", panData0), null);
  }

  /** A merchant's account data. */
  public static AcctInfo of(AcctData acctData) {
    return new AcctInfo(null, Check.required("acctData", acctData));
  }

  /** Decodes AcctInfo. */
  public static AcctInfo getInstance(Object obj) {
    if (obj instanceof AcctInfo v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 -> of(Fields.explicitAlternative(TYPE, "panData0", t, PANData0::getInstance));
      case 1 -> of(Fields.explicitAlternative(TYPE, "acctData", t, AcctData::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** The card data, or null. */
  public PANData0 getPanData0() {
    return panData0;
  }

  /** The account data, or null. */
  public AcctData getAcctData() {
    return acctData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return panData0 != null
        ? new DERTaggedObject(true, 0, panData0)
        : new DERTaggedObject(true, 1, acctData);
  }

  @Override
  public String toString() {
    return "AcctInfo[redacted]";
  }
}
