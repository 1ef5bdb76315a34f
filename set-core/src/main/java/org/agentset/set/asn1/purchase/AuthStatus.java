package org.agentset.set.asn1.purchase;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.gateway.AuthCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The authorization state of the order as the merchant reports it to the cardholder.
 *
 * <pre>
 * AuthStatus ::= SEQUENCE {
 *    authDate  Date,
 *    authCode  AuthCode,
 *    authAmt  CurrencyAmount
 * }
 * </pre>
 *
 * <p>[U]. SET 1.0 reports a ratio to PurchAmt as a floating-point number; AgentSET reports the
 * exact amount instead (the cardholder already knows PurchAmt, and ASN.1 REAL invites rounding).
 */
public final class AuthStatus extends ASN1Object {

  private static final String TYPE = "AuthStatus";

  private final Instant date;
  private final AuthCode code;
  private final CurrencyAmount amount;

  /** Builds a AuthStatus. */
  public AuthStatus(Instant date, AuthCode code, CurrencyAmount amount) {
    this.date = Check.required("authDate", date);
    this.code = Check.required("authCode", code);
    this.amount = Check.required("authAmt", amount);
  }

  private AuthStatus(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    date = f.required("authDate", SetTypes.DATE);
    code = f.required("authCode", Values.enumerated(AuthCode.class));
    amount = f.required("authAmt", CurrencyAmount::getInstance);
    f.end();
  }

  /** Decodes a AuthStatus. */
  public static AuthStatus getInstance(Object obj) {
    return obj instanceof AuthStatus v ? v : new AuthStatus(Fields.sequence(TYPE, obj));
  }

  public Instant getAuthDate() {
    return date;
  }

  public AuthCode getAuthCode() {
    return code;
  }

  public CurrencyAmount getAuthAmt() {
    return amount;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.time(date)).add(Der.enumerated(code)).add(amount).build();
  }
}
