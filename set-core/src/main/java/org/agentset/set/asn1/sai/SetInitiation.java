package org.agentset.set.asn1.sai;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;
import static org.agentset.set.asn1.msg.SetTypes.LOCAL_ID_MAX;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.SetTypes;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * SET initiation (SET Book 1 §"Purchase Initiation"; SET-PROTOCOL.md §3.1), made explicit: what the
 * merchant tells the cardholder's wallet before PInitReq — whom to pay, where, for what, how much,
 * with which brand, until when — signed by the merchant's SET signature key (CMS SignedData of
 * content type {@link SaiObjectIdentifiers#SET_INITIATION}). The storefront hands it to the wallet;
 * the merchant's order API hands it to the customer agent, which passes it inside a {@link
 * PaymentStart}. The wallet shows the order description and amount before it signs anything, and
 * they become the HOD's OD and PurchAmt.
 *
 * <pre>
 * SetInitiation ::= SEQUENCE {
 *    version           INTEGER { v1(1) },
 *    merchantCode      UTF8String (SIZE(1..64)),     -- e.g. "nordlicht-books"
 *    setEndpoint       VisibleString (SIZE(1..512)), -- URL of the merchant's SET endpoint
 *    localIdM          LocalID,                      -- LID-M, OCTET STRING (SIZE(1..20))
 *    orderDescription  UTF8String (SIZE(1..4000)),   -- OD, as shown to the customer
 *    amount            CurrencyAmount,               -- PurchAmt
 *    brand             VisibleString (SIZE(1..40)),  -- BrandID, e.g. "AgentCard"
 *    expires           GeneralizedTime,              -- the offer ends; whole seconds or finer
 *    lines             SEQUENCE SIZE(1..64) OF OrderLine
 * }
 * </pre>
 *
 * <p>The amount must equal the sum of the lines (quantity × unit price), all in one currency and
 * exponent; the constructor and the decoder both refuse anything else.
 */
public final class SetInitiation extends ASN1Object {

  private static final String TYPE = "SetInitiation";

  /** The only version. */
  public static final int V1 = 1;

  /** Longest order description, in characters. */
  public static final int OD_MAX = 4000;

  /** Most lines in one order. */
  public static final int MAX_LINES = 64;

  private final String merchantCode;
  private final String setEndpoint;
  private final byte[] localIdM;
  private final String orderDescription;
  private final CurrencyAmount amount;
  private final String brand;
  private final Instant expires;
  private final List<OrderLine> lines;

  public SetInitiation(
      String merchantCode,
      String setEndpoint,
      byte[] localIdM,
      String orderDescription,
      CurrencyAmount amount,
      String brand,
      Instant expires,
      List<OrderLine> lines) {
    this.merchantCode = SaiValues.text("merchantCode", merchantCode, 1, 64);
    this.setEndpoint =
        Check.visible("setEndpoint", Check.required("setEndpoint", setEndpoint), 1, 512);
    this.localIdM = Check.requiredOctets("localIdM", localIdM, 1, LOCAL_ID_MAX);
    this.orderDescription = SaiValues.text("orderDescription", orderDescription, 1, OD_MAX);
    this.amount = Check.required("amount", amount);
    this.brand = Check.visible("brand", Check.required("brand", brand), 1, 40);
    this.expires = Check.required("expires", expires);
    this.lines = Check.list("lines", Check.required("lines", lines), 1, MAX_LINES);
    String problem = totalProblem(amount, this.lines);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  private SetInitiation(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    f.required("version", Values.intValue(V1, V1));
    merchantCode = f.required("merchantCode", SaiValues.utf8(1, 64));
    setEndpoint = f.required("setEndpoint", Values.visible(1, 512));
    localIdM = f.required("localIdM", SetTypes.LOCAL_ID);
    orderDescription = f.required("orderDescription", SaiValues.utf8(1, OD_MAX));
    amount = f.required("amount", CurrencyAmount::getInstance);
    brand = f.required("brand", Values.visible(1, 40));
    expires = f.required("expires", Values.time());
    lines = f.required("lines", Values.sequenceOf(OrderLine::getInstance, 1, MAX_LINES));
    f.end();
    String problem = totalProblem(amount, lines);
    if (problem != null) {
      throw new SetDecodingException(BAD_VALUE, TYPE + ".amount", problem);
    }
  }

  /** Decodes a SetInitiation. */
  public static SetInitiation getInstance(Object obj) {
    return obj instanceof SetInitiation v ? v : new SetInitiation(Fields.sequence(TYPE, obj));
  }

  private static String totalProblem(CurrencyAmount amount, List<OrderLine> lines) {
    BigInteger sum = BigInteger.ZERO;
    for (OrderLine line : lines) {
      CurrencyAmount unit = line.getUnitPrice();
      if (unit.getCurrency() != amount.getCurrency()
          || unit.getAmtExp10() != amount.getAmtExp10()) {
        return "every line must be priced in the amount's currency and exponent";
      }
      sum = sum.add(unit.getAmount().multiply(BigInteger.valueOf(line.getQuantity())));
    }
    return sum.equals(amount.getAmount()) ? null : "amount differs from the sum of the lines";
  }

  /** The merchant's code at the merchant server. */
  public String getMerchantCode() {
    return merchantCode;
  }

  /** Where the wallet sends PInitReq and PReq. */
  public String getSetEndpoint() {
    return setEndpoint;
  }

  /** LID-M, the merchant's id for this order. */
  public byte[] getLocalIdM() {
    return localIdM.clone();
  }

  /** OD, as the customer sees it. */
  public String getOrderDescription() {
    return orderDescription;
  }

  /** OD as the HOD hashes it: its UTF-8 bytes. */
  public byte[] getOrderDescriptionBytes() {
    return orderDescription.getBytes(StandardCharsets.UTF_8);
  }

  /** PurchAmt. */
  public CurrencyAmount getAmount() {
    return amount;
  }

  /** The card brand. */
  public String getBrand() {
    return brand;
  }

  /** Until when the merchant honours this initiation. */
  public Instant getExpires() {
    return expires;
  }

  /** The order's lines. */
  public List<OrderLine> getLines() {
    return lines;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer((long) V1))
        .add(SaiValues.encode(merchantCode))
        .add(Der.visible(setEndpoint))
        .add(Der.octets(localIdM))
        .add(SaiValues.encode(orderDescription))
        .add(amount)
        .add(Der.visible(brand))
        .add(Der.time(expires))
        .add(DerSeq.sequenceOf(lines))
        .build();
  }
}
