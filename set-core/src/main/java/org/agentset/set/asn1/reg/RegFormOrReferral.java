package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The CA's answer to a registration form request: the form, or a referral elsewhere.
 *
 * <pre>
 * RegFormOrReferral ::= CHOICE {
 *    regFormData   [0] RegFormData,
 *    referralData  [1] ReferralData
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C].
 */
public final class RegFormOrReferral extends ASN1Object {

  private static final String TYPE = "RegFormOrReferral";

  private final RegFormData regFormData;
  private final ReferralData referralData;

  private RegFormOrReferral(RegFormData regFormData, ReferralData referralData) {
    this.regFormData = regFormData;
    this.referralData = referralData;
  }

  /** A registration form. */
  public static RegFormOrReferral of(RegFormData regFormData) {
    return new RegFormOrReferral(Check.required("regFormData", regFormData), null);
  }

  /** A referral. */
  public static RegFormOrReferral of(ReferralData referralData) {
    return new RegFormOrReferral(null, Check.required("referralData", referralData));
  }

  /** Decodes RegFormOrReferral. */
  public static RegFormOrReferral getInstance(Object obj) {
    if (obj instanceof RegFormOrReferral v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 ->
          of(
              Fields.implicitAlternative(
                  TYPE, "regFormData", t, BERTags.SEQUENCE, RegFormData::getInstance));
      case 1 ->
          of(
              Fields.implicitAlternative(
                  TYPE, "referralData", t, BERTags.SEQUENCE, ReferralData::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** The form, or null. */
  public RegFormData getRegFormData() {
    return regFormData;
  }

  /** The referral, or null. */
  public ReferralData getReferralData() {
    return referralData;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return regFormData != null
        ? new DERTaggedObject(false, 0, regFormData)
        : new DERTaggedObject(false, 1, referralData);
  }
}
