package org.agentset.set.asn1.sai;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.MISSING_FIELD;

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
import org.bouncycastle.asn1.BERTags;

/**
 * One thing the customer wants bought: a product query, a catalogue category, or both (the query
 * within the category), how many, and the most the customer pays per unit.
 *
 * <pre>
 * MandateItem ::= SEQUENCE {
 *    query         [0] IMPLICIT UTF8String (SIZE(1..200)) OPTIONAL,
 *    category      [1] IMPLICIT UTF8String (SIZE(1..64)) OPTIONAL,  -- at least one of the two
 *    quantity      INTEGER (1..10000),
 *    maxUnitPrice  CurrencyAmount
 * }
 * </pre>
 */
public final class MandateItem extends ASN1Object {

  private static final String TYPE = "MandateItem";

  private final String query;
  private final String category;
  private final int quantity;
  private final CurrencyAmount maxUnitPrice;

  /** An item; {@code query} or {@code category} may be null, not both. */
  public MandateItem(String query, String category, int quantity, CurrencyAmount maxUnitPrice) {
    this.query = query == null ? null : SaiValues.text("query", query, 1, 200);
    this.category = category == null ? null : SaiValues.text("category", category, 1, 64);
    if (query == null && category == null) {
      throw new IllegalArgumentException("an item needs a query or a category");
    }
    this.quantity = (int) Check.range("quantity", quantity, 1, OrderLine.MAX_QUANTITY);
    this.maxUnitPrice = Check.required("maxUnitPrice", maxUnitPrice);
  }

  private MandateItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    query = f.optionalImplicit(0, "query", BERTags.UTF8_STRING, SaiValues.utf8(1, 200));
    category = f.optionalImplicit(1, "category", BERTags.UTF8_STRING, SaiValues.utf8(1, 64));
    quantity = f.required("quantity", Values.intValue(1, OrderLine.MAX_QUANTITY));
    maxUnitPrice = f.required("maxUnitPrice", CurrencyAmount::getInstance);
    f.end();
    if (query == null && category == null) {
      throw new SetDecodingException(
          MISSING_FIELD, TYPE + ".query", "an item needs a query or a category");
    }
  }

  /** Decodes a MandateItem. */
  public static MandateItem getInstance(Object obj) {
    return obj instanceof MandateItem v ? v : new MandateItem(Fields.sequence(TYPE, obj));
  }

  /** Words the product should match, or null. */
  public String getQuery() {
    return query;
  }

  /** The catalogue category, or null. */
  public String getCategory() {
    return category;
  }

  /** How many units. */
  public int getQuantity() {
    return quantity;
  }

  /** The most per unit. */
  public CurrencyAmount getMaxUnitPrice() {
    return maxUnitPrice;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .implicit(0, SaiValues.encode(query))
        .implicit(1, SaiValues.encode(category))
        .add(Der.integer((long) quantity))
        .add(maxUnitPrice)
        .build();
  }
}
