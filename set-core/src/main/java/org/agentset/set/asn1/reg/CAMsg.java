package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.SetString;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;

/**
 * What the CA tells the cardholder along with a new certificate: logos, the card's currency, a
 * message.
 *
 * <pre>
 * CAMsg ::= SEQUENCE {
 *    cardLogoURL    [0] URL OPTIONAL,
 *    brandLogoURL   [1] URL OPTIONAL,
 *    cardCurrency   [2] INTEGER (1..999) OPTIONAL,          -- ISO 4217
 *    cardholderMsg  [3] SETString { 512 } OPTIONAL          -- CHOICE, hence explicit
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2 [C] (CAMsg in CertStatus); fields [U].
 */
public final class CAMsg extends ASN1Object {

  private static final String TYPE = "CAMsg";

  private final String cardLogoUrl;
  private final String brandLogoUrl;
  private final Integer cardCurrency;
  private final SetString cardholderMsg;

  /** Builds CAMsg; optional fields may be null. */
  public CAMsg(
      String cardLogoUrl, String brandLogoUrl, Integer cardCurrency, SetString cardholderMsg) {
    this.cardLogoUrl = Check.visible("cardLogoURL", cardLogoUrl, 1, 512);
    this.brandLogoUrl = Check.visible("brandLogoURL", brandLogoUrl, 1, 512);
    this.cardCurrency =
        cardCurrency == null ? null : (int) Check.range("cardCurrency", cardCurrency, 1, 999);
    this.cardholderMsg = cardholderMsg;
  }

  private CAMsg(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    cardLogoUrl = f.optionalImplicit(0, "cardLogoURL", BERTags.VISIBLE_STRING, SetTypes.URL);
    brandLogoUrl = f.optionalImplicit(1, "brandLogoURL", BERTags.VISIBLE_STRING, SetTypes.URL);
    cardCurrency = f.optionalImplicit(2, "cardCurrency", BERTags.INTEGER, Values.intValue(1, 999));
    cardholderMsg = f.optionalExplicit(3, "cardholderMsg", SetString.decoder(512));
    f.end();
  }

  /** Decodes CAMsg. */
  public static CAMsg getInstance(Object obj) {
    return obj instanceof CAMsg v ? v : new CAMsg(Fields.sequence(TYPE, obj));
  }

  public String getCardLogoUrl() {
    return cardLogoUrl;
  }

  public String getBrandLogoUrl() {
    return brandLogoUrl;
  }

  public Integer getCardCurrency() {
    return cardCurrency;
  }

  public SetString getCardholderMsg() {
    return cardholderMsg;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .implicit(0, Der.visible(cardLogoUrl))
        .implicit(1, Der.visible(brandLogoUrl))
        .implicit(2, Der.integer(cardCurrency == null ? null : (long) cardCurrency))
        .explicit(3, cardholderMsg)
        .build();
  }
}
