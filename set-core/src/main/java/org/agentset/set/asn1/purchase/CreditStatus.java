package org.agentset.set.asn1.purchase;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.gateway.CredCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * One credit on the order as the merchant reports it to the cardholder.
 *
 * <pre>
 * CreditStatus ::= SEQUENCE {
 *    creditDate  Date,
 *    credCode  CredCode,
 *    creditAmt  CurrencyAmount
 * }
 * </pre>
 *
 * <p>[U]. SET 1.0 reports a ratio to PurchAmt as a floating-point number; AgentSET reports the
 * exact amount instead (the cardholder already knows PurchAmt, and ASN.1 REAL invites rounding).
 */
public final class CreditStatus extends ASN1Object {

  private static final String TYPE = "CreditStatus";

  private final Instant date;
  private final CredCode code;
  private final CurrencyAmount amount;

  /** Builds a CreditStatus. */
  public CreditStatus(Instant date, CredCode code, CurrencyAmount amount) {
    this.date = Check.required("creditDate", date);
    this.code = Check.required("credCode", code);
    this.amount = Check.required("creditAmt", amount);
  }

  private CreditStatus(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    date = f.required("creditDate", SetTypes.DATE);
    code = f.required("credCode", Values.enumerated(CredCode.class));
    amount = f.required("creditAmt", CurrencyAmount::getInstance);
    f.end();
  }

  /** Decodes a CreditStatus. */
  public static CreditStatus getInstance(Object obj) {
    return obj instanceof CreditStatus v ? v : new CreditStatus(Fields.sequence(TYPE, obj));
  }

  public Instant getCreditDate() {
    return date;
  }

  public CredCode getCredCode() {
    return code;
  }

  public CurrencyAmount getCreditAmt() {
    return amount;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.time(date)).add(Der.enumerated(code)).add(amount).build();
  }
}
