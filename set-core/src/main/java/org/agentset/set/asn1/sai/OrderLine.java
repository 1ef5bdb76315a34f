package org.agentset.set.asn1.sai;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * One line of an order in a {@link SetInitiation}: what the merchant sells, how many, at which unit
 * price. The merchant signs it so the wallet can check the item against the customer's mandate
 * (category, quantity, maximum unit price) without trusting the agent.
 *
 * <pre>
 * OrderLine ::= SEQUENCE {
 *    sku        UTF8String (SIZE(1..64)),
 *    name       UTF8String (SIZE(1..200)),
 *    category   UTF8String (SIZE(1..64)),
 *    quantity   INTEGER (1..10000),
 *    unitPrice  CurrencyAmount
 * }
 * </pre>
 */
public final class OrderLine extends ASN1Object {

  private static final String TYPE = "OrderLine";

  /** Largest quantity of one line. */
  public static final int MAX_QUANTITY = 10_000;

  private final String sku;
  private final String name;
  private final String category;
  private final int quantity;
  private final CurrencyAmount unitPrice;

  public OrderLine(
      String sku, String name, String category, int quantity, CurrencyAmount unitPrice) {
    this.sku = SaiValues.text("sku", sku, 1, 64);
    this.name = SaiValues.text("name", name, 1, 200);
    this.category = SaiValues.text("category", category, 1, 64);
    this.quantity = (int) Check.range("quantity", quantity, 1, MAX_QUANTITY);
    this.unitPrice = Check.required("unitPrice", unitPrice);
  }

  private OrderLine(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    sku = f.required("sku", SaiValues.utf8(1, 64));
    name = f.required("name", SaiValues.utf8(1, 200));
    category = f.required("category", SaiValues.utf8(1, 64));
    quantity = f.required("quantity", Values.intValue(1, MAX_QUANTITY));
    unitPrice = f.required("unitPrice", CurrencyAmount::getInstance);
    f.end();
  }

  /** Decodes an OrderLine. */
  public static OrderLine getInstance(Object obj) {
    return obj instanceof OrderLine v ? v : new OrderLine(Fields.sequence(TYPE, obj));
  }

  /** The merchant's stock-keeping unit. */
  public String getSku() {
    return sku;
  }

  /** The product's name. */
  public String getName() {
    return name;
  }

  /** The product's category in the merchant's catalogue. */
  public String getCategory() {
    return category;
  }

  public int getQuantity() {
    return quantity;
  }

  public CurrencyAmount getUnitPrice() {
    return unitPrice;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of()
        .add(SaiValues.encode(sku))
        .add(SaiValues.encode(name))
        .add(SaiValues.encode(category))
        .add(Der.integer((long) quantity))
        .add(unitPrice)
        .build();
  }
}
