package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What kind of business the merchant is, for the issuer's authorization decision.
 *
 * <pre>
 * MerchData ::= SEQUENCE {
 *    merchCatCode  [0] MerchCatCode OPTIONAL,   -- NumericString (SIZE(4)), ISO 18245 MCC
 *    merchGroup    [1] MerchGroup OPTIONAL
 * }
 * </pre>
 *
 * <p>Book 2 (SET-PROTOCOL.md §3.5 [C] for the fields); tags [U].
 */
public final class MerchData extends ASN1Object {

  private static final String TYPE = "MerchData";

  private final String merchCatCode;
  private final MerchGroup merchGroup;

  /** Builds MerchData; both fields may be null. */
  public MerchData(String merchCatCode, MerchGroup merchGroup) {
    this.merchCatCode = org.agentset.set.asn1.der.Check.numeric("merchCatCode", merchCatCode, 4, 4);
    this.merchGroup = merchGroup;
  }

  private MerchData(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    merchCatCode =
        f.optionalImplicit(0, "merchCatCode", BERTags.NUMERIC_STRING, Values.numeric(4, 4));
    merchGroup =
        f.optionalImplicit(
            1, "merchGroup", BERTags.ENUMERATED, Values.enumerated(MerchGroup.class));
    f.end();
  }

  /** Decodes MerchData. */
  public static MerchData getInstance(Object obj) {
    return obj instanceof MerchData v ? v : new MerchData(Fields.sequence(TYPE, obj));
  }

  public String getMerchCatCode() {
    return merchCatCode;
  }

  public MerchGroup getMerchGroup() {
    return merchGroup;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .implicit(0, Der.numeric(merchCatCode))
        .implicit(1, Der.enumerated(merchGroup))
        .build();
  }
}
