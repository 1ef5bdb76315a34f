package org.agentset.set.asn1.reg;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * The registration form itself: its ID (echoed in CertReqData.regFormID), logos, and fields.
 *
 * <pre>
 * RegTemplate ::= SEQUENCE {
 *    regFormID     INTEGER (0..2147483647),
 *    brandLogoURL  [0] URL OPTIONAL,
 *    cardLogoURL   [1] URL OPTIONAL,
 *    regFieldSeq   SEQUENCE SIZE(1..64) OF RegField
 * }
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §2.2 names regTemplate; fields as recalled.
 */
public final class RegTemplate extends ASN1Object {

  private static final String TYPE = "RegTemplate";

  private final Integer regFormId;
  private final String brandLogoUrl;
  private final String cardLogoUrl;
  private final List<RegField> regFieldSeq;

  /** Builds RegTemplate; optional fields may be null. */
  public RegTemplate(
      Integer regFormId, String brandLogoUrl, String cardLogoUrl, List<RegField> regFieldSeq) {
    this.regFormId =
        (int)
            Check.range("regFormID", Check.required("regFormID", regFormId), 0, Integer.MAX_VALUE);
    this.brandLogoUrl = Check.visible("brandLogoURL", brandLogoUrl, 1, 512);
    this.cardLogoUrl = Check.visible("cardLogoURL", cardLogoUrl, 1, 512);
    this.regFieldSeq = Check.list("regFieldSeq", Check.required("regFieldSeq", regFieldSeq), 1, 64);
  }

  private RegTemplate(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    regFormId = f.required("regFormID", Values.intValue(0, Integer.MAX_VALUE));
    brandLogoUrl = f.optionalImplicit(0, "brandLogoURL", BERTags.VISIBLE_STRING, SetTypes.URL);
    cardLogoUrl = f.optionalImplicit(1, "cardLogoURL", BERTags.VISIBLE_STRING, SetTypes.URL);
    regFieldSeq = f.required("regFieldSeq", Values.sequenceOf(RegField::getInstance, 1, 64));
    f.end();
  }

  /** Decodes RegTemplate. */
  public static RegTemplate getInstance(Object obj) {
    return obj instanceof RegTemplate v ? v : new RegTemplate(Fields.sequence(TYPE, obj));
  }

  public Integer getRegFormId() {
    return regFormId;
  }

  public String getBrandLogoUrl() {
    return brandLogoUrl;
  }

  public String getCardLogoUrl() {
    return cardLogoUrl;
  }

  public List<RegField> getRegFieldSeq() {
    return regFieldSeq;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer(regFormId == null ? null : (long) regFormId))
        .implicit(0, Der.visible(brandLogoUrl))
        .implicit(1, Der.visible(cardLogoUrl))
        .add(DerSeq.sequenceOf(regFieldSeq))
        .build();
  }
}
