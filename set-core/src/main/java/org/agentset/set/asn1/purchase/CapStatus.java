package org.agentset.set.asn1.purchase;

import java.time.Instant;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.gateway.CapCode;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The capture state of the order as the merchant reports it to the cardholder.
 *
 * <pre>
 * CapStatus ::= SEQUENCE {
 *    capDate  Date,
 *    capCode  CapCode,
 *    capAmt  CurrencyAmount
 * }
 * </pre>
 *
 * <p>[U]. SET 1.0 reports a ratio to PurchAmt as a floating-point number; AgentSET reports the
 * exact amount instead (the cardholder already knows PurchAmt, and ASN.1 REAL invites rounding).
 */
public final class CapStatus extends ASN1Object {

  private static final String TYPE = "CapStatus";

  private final Instant date;
  private final CapCode code;
  private final CurrencyAmount amount;

  /** Builds a CapStatus. */
  public CapStatus(Instant date, CapCode code, CurrencyAmount amount) {
    this.date = Check.required("capDate", date);
    this.code = Check.required("capCode", code);
    this.amount = Check.required("capAmt", amount);
  }

  private CapStatus(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    date = f.required("capDate", SetTypes.DATE);
    code = f.required("capCode", Values.enumerated(CapCode.class));
    amount = f.required("capAmt", CurrencyAmount::getInstance);
    f.end();
  }

  /** Decodes a CapStatus. */
  public static CapStatus getInstance(Object obj) {
    return obj instanceof CapStatus v ? v : new CapStatus(Fields.sequence(TYPE, obj));
  }

  public Instant getCapDate() {
    return date;
  }

  public CapCode getCapCode() {
    return code;
  }

  public CurrencyAmount getCapAmt() {
    return amount;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.time(date)).add(Der.enumerated(code)).add(amount).build();
  }
}
