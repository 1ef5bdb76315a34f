package org.agentset.set.asn1.msg;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * An amount of money, exact: an integer count of units of 10^amtExp10 of an ISO 4217 currency (e.g.
 * EUR 12.34 is currency 978, amount 1234, amtExp10 -2). Used for PurchAmt, AuthReqAmt, AuthAmt,
 * CapReqAmt and every other amount in SET.
 *
 * <pre>
 * CurrencyAmount ::= SEQUENCE {
 *    currency  Currency,               -- ISO 4217 numeric code, INTEGER (1..999)
 *    amount    INTEGER (0..MAX),
 *    amtExp10  INTEGER (-12..0)        -- base 10 exponent
 * }
 * </pre>
 */
public final class CurrencyAmount extends ASN1Object {

  private static final String TYPE = "CurrencyAmount";

  private final int currency;
  private final BigInteger amount;
  private final int amtExp10;

  /** Builds an amount; {@code amount} must not be negative. */
  public CurrencyAmount(int currency, BigInteger amount, int amtExp10) {
    this.currency = (int) Check.range("currency", currency, 1, 999);
    this.amount = Check.nonNegative("amount", Check.required("amount", amount));
    this.amtExp10 = (int) Check.range("amtExp10", amtExp10, -12, 0);
  }

  /** Builds an amount from minor units, e.g. {@code (978, 1234, -2)} for EUR 12.34. */
  public CurrencyAmount(int currency, long amount, int amtExp10) {
    this(currency, BigInteger.valueOf(amount), amtExp10);
  }

  private CurrencyAmount(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    currency = f.required("currency", Values.intValue(1, 999));
    amount = f.required("amount", Values.integer(BigInteger.ZERO, null));
    amtExp10 = f.required("amtExp10", Values.intValue(-12, 0));
    f.end();
  }

  /** Decodes a CurrencyAmount. */
  public static CurrencyAmount getInstance(Object obj) {
    return obj instanceof CurrencyAmount v ? v : new CurrencyAmount(Fields.sequence(TYPE, obj));
  }

  /** ISO 4217 numeric currency code. */
  public int getCurrency() {
    return currency;
  }

  /** Count of units of 10^amtExp10. */
  public BigInteger getAmount() {
    return amount;
  }

  /** Base 10 exponent of the unit. */
  public int getAmtExp10() {
    return amtExp10;
  }

  /** The amount as a decimal number of currency units. */
  public BigDecimal toBigDecimal() {
    return new BigDecimal(amount, -amtExp10);
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer((long) currency))
        .add(Der.integer(amount))
        .add(Der.integer((long) amtExp10))
        .build();
  }
}
