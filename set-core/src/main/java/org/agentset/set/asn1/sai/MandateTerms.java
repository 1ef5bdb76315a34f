package org.agentset.set.asn1.sai;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import java.time.Instant;
import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * What the customer allows an agent: everything of a {@link Mandate} except its item slots. The
 * SHA-256 of its DER is the associated data of every {@link SealedToken} of the mandate, so a token
 * opens only under the terms it was made for.
 *
 * <pre>
 * MandateTerms ::= SEQUENCE {
 *    version           INTEGER { v1(1) },
 *    mandateId         OCTET STRING (SIZE(16)),          -- random, chosen by the wallet
 *    customer          Name,                             -- the wallet certificate's subject
 *    items             SEQUENCE SIZE(1..16) OF MandateItem,
 *    totalBudget       CurrencyAmount,                   -- all items together, at most
 *    allowedMerchants  SEQUENCE SIZE(0..32) OF UTF8String (SIZE(1..64)),  -- empty: any
 *    notBefore         GeneralizedTime,
 *    notAfter          GeneralizedTime,                  -- the deadline
 *    mode              MandateMode
 * }
 * </pre>
 *
 * <p>Every amount is in the budget's currency and exponent, and {@code notBefore} precedes {@code
 * notAfter}; the constructor and the decoder both refuse anything else.
 */
public final class MandateTerms extends ASN1Object {

  private static final String TYPE = "MandateTerms";

  /** The only version. */
  public static final int V1 = 1;

  /** Length of a mandate id. */
  public static final int ID_LENGTH = 16;

  /** Most items in one mandate. */
  public static final int MAX_ITEMS = 16;

  /** Most merchants named. */
  public static final int MAX_MERCHANTS = 32;

  private final byte[] mandateId;
  private final X500Name customer;
  private final List<MandateItem> items;
  private final CurrencyAmount totalBudget;
  private final List<String> allowedMerchants;
  private final Instant notBefore;
  private final Instant notAfter;
  private final MandateMode mode;

  public MandateTerms(
      byte[] mandateId,
      X500Name customer,
      List<MandateItem> items,
      CurrencyAmount totalBudget,
      List<String> allowedMerchants,
      Instant notBefore,
      Instant notAfter,
      MandateMode mode) {
    this.mandateId = Check.requiredOctets("mandateId", mandateId, ID_LENGTH, ID_LENGTH);
    this.customer = Check.required("customer", customer);
    this.items = Check.list("items", Check.required("items", items), 1, MAX_ITEMS);
    this.totalBudget = Check.required("totalBudget", totalBudget);
    List<String> merchants =
        Check.list(
            "allowedMerchants",
            Check.required("allowedMerchants", allowedMerchants),
            0,
            MAX_MERCHANTS);
    merchants.forEach(m -> SaiValues.text("allowedMerchants", m, 1, 64));
    this.allowedMerchants = merchants;
    this.notBefore = Check.required("notBefore", notBefore);
    this.notAfter = Check.required("notAfter", notAfter);
    this.mode = Check.required("mode", mode);
    String problem = problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  private MandateTerms(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    f.required("version", Values.intValue(V1, V1));
    mandateId = f.required("mandateId", Values.octets(ID_LENGTH, ID_LENGTH));
    customer = f.required("customer", X500Name::getInstance);
    items = f.required("items", Values.sequenceOf(MandateItem::getInstance, 1, MAX_ITEMS));
    totalBudget = f.required("totalBudget", CurrencyAmount::getInstance);
    allowedMerchants =
        f.required("allowedMerchants", Values.sequenceOf(SaiValues.utf8(1, 64), 0, MAX_MERCHANTS));
    notBefore = f.required("notBefore", Values.time());
    notAfter = f.required("notAfter", Values.time());
    mode = f.required("mode", Values.enumerated(MandateMode.class));
    f.end();
    String problem = problem();
    if (problem != null) {
      throw new SetDecodingException(BAD_VALUE, TYPE, problem);
    }
  }

  /** Decodes MandateTerms. */
  public static MandateTerms getInstance(Object obj) {
    return obj instanceof MandateTerms v ? v : new MandateTerms(Fields.sequence(TYPE, obj));
  }

  private String problem() {
    if (!notBefore.isBefore(notAfter)) {
      return "notBefore must precede notAfter";
    }
    for (MandateItem item : items) {
      CurrencyAmount max = item.getMaxUnitPrice();
      if (max.getCurrency() != totalBudget.getCurrency()
          || max.getAmtExp10() != totalBudget.getAmtExp10()) {
        return "every price must be in the budget's currency and exponent";
      }
    }
    if (allowedMerchants.stream().distinct().count() != allowedMerchants.size()) {
      return "a merchant is named twice";
    }
    return null;
  }

  public byte[] getMandateId() {
    return mandateId.clone();
  }

  /** The customer: the subject of the wallet certificate that signs the mandate. */
  public X500Name getCustomer() {
    return customer;
  }

  public List<MandateItem> getItems() {
    return items;
  }

  public CurrencyAmount getTotalBudget() {
    return totalBudget;
  }

  /** Merchant codes the agent may buy from; empty means any. */
  public List<String> getAllowedMerchants() {
    return allowedMerchants;
  }

  /** Whether {@code merchantCode} is allowed. */
  public boolean allowsMerchant(String merchantCode) {
    return allowedMerchants.isEmpty() || allowedMerchants.contains(merchantCode);
  }

  public Instant getNotBefore() {
    return notBefore;
  }

  /** The deadline. */
  public Instant getNotAfter() {
    return notAfter;
  }

  public MandateMode getMode() {
    return mode;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(Der.integer((long) V1))
        .add(Der.octets(mandateId))
        .add(customer)
        .add(DerSeq.sequenceOf(items))
        .add(totalBudget)
        .add(DerSeq.sequenceOf(allowedMerchants.stream().map(SaiValues::encode).toList()))
        .add(Der.time(notBefore))
        .add(Der.time(notAfter))
        .add(Der.enumerated(mode))
        .build();
  }
}
