package org.agentset.set.asn1.cert;

import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * SET's {@code cardCertRequired} extension (2.23.42.7.3), in payment-gateway certificates: whether
 * the gateway accepts only purchases signed with a cardholder certificate (the signed-PI variant)
 * or also unsigned PIs.
 *
 * <pre>
 * CardCertRequired ::= BOOLEAN
 * </pre>
 */
public final class CardCertRequired extends ASN1Object {

  private static final String FIELD = "cardCertRequired";

  private final boolean required;

  /** The flag. */
  public CardCertRequired(boolean required) {
    this.required = required;
  }

  /** Converts a {@link CardCertRequired} or a BOOLEAN. */
  public static CardCertRequired getInstance(Object obj) {
    if (obj instanceof CardCertRequired c) {
      return c;
    }
    if (obj instanceof ASN1Boolean b) {
      return new CardCertRequired(b.isTrue());
    }
    if (obj != null) {
      throw new MalformedCertExtensionException(FIELD, "not a BOOLEAN");
    }
    return null;
  }

  /** Decodes the extension's {@code extnValue} contents strictly. */
  public static CardCertRequired fromExtensionValue(byte[] der) {
    return getInstance(StrictDer.parse(der, FIELD));
  }

  public boolean required() {
    return required;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return ASN1Boolean.getInstance(required);
  }
}
