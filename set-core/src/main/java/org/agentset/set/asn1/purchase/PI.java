package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.gateway.AuthToken;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The payment instruction as the merchant forwards it to the gateway, unopened, as AuthReq's
 * baggage: the cardholder's dual-signed or unsigned PI, or, for a later authorization of the same
 * purchase, the gateway's own AuthToken.
 *
 * <pre>
 * PI ::= CHOICE {
 *    piUnsigned    [0] EXPLICIT PIUnsigned,
 *    piDualSigned  [1] EXPLICIT PIDualSigned,
 *    authToken     [2] EXPLICIT AuthToken
 * }
 * </pre>
 *
 * <p>Alternatives from Book 2 (SET-PROTOCOL.md §3.5 [C]); tags [U]. Content type {@code setct-PI}
 * for {@code DD(PI)}.
 */
public final class PI extends ASN1Object {

  private static final String TYPE = "PI";

  private final int tag;
  private final ASN1Object value;

  private PI(int tag, ASN1Object value) {
    this.tag = tag;
    this.value = value;
  }

  /** A cardholder's unsigned PI. */
  public static PI of(PIUnsigned piUnsigned) {
    return new PI(0, Check.required("piUnsigned", piUnsigned));
  }

  /** A cardholder's dual-signed PI. */
  public static PI of(PIDualSigned piDualSigned) {
    return new PI(1, Check.required("piDualSigned", piDualSigned));
  }

  /** A gateway AuthToken standing in for the cardholder's PI. */
  public static PI of(AuthToken authToken) {
    return new PI(2, Check.required("authToken", authToken));
  }

  /** Decodes a PI. */
  public static PI getInstance(Object obj) {
    if (obj instanceof PI v) {
      return v;
    }
    ASN1TaggedObject t = Fields.choice(TYPE, obj);
    return switch (t.getTagNo()) {
      case 0 -> of(Fields.explicitAlternative(TYPE, "piUnsigned", t, PIUnsigned::getInstance));
      case 1 -> of(Fields.explicitAlternative(TYPE, "piDualSigned", t, PIDualSigned::getInstance));
      case 2 -> of(Fields.explicitAlternative(TYPE, "authToken", t, AuthToken::getInstance));
      default -> throw Fields.unknownAlternative(TYPE, t);
    };
  }

  /** The unsigned PI, or null. */
  public PIUnsigned getPiUnsigned() {
    return tag == 0 ? (PIUnsigned) value : null;
  }

  /** The dual-signed PI, or null. */
  public PIDualSigned getPiDualSigned() {
    return tag == 1 ? (PIDualSigned) value : null;
  }

  /** The AuthToken, or null. */
  public AuthToken getAuthToken() {
    return tag == 2 ? (AuthToken) value : null;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return new DERTaggedObject(true, tag, value);
  }
}
