package org.agentset.set.asn1.sai;

import static org.agentset.set.asn1.der.SetDecodingException.Reason.BAD_VALUE;

import java.util.List;
import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.Values;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The customer's mandate to an agent (DESIGN §1, §7): the terms, and one item slot with its sealed
 * token for each item. It travels as a CMS SignedData of content type {@link
 * SaiObjectIdentifiers#MANDATE} signed by the wallet's communication key; the agent server keeps
 * it, enforces the terms, and returns a slot's token in each payment start. The wallet enforces the
 * terms again.
 *
 * <pre>
 * Mandate ::= SEQUENCE {
 *    terms  MandateTerms,
 *    slots  SEQUENCE SIZE(1..16) OF ItemSlot   -- slot n for items[n-1]; as many as items
 * }
 * </pre>
 */
public final class Mandate extends ASN1Object {

  private static final String TYPE = "Mandate";

  private final MandateTerms terms;
  private final List<ItemSlot> slots;

  public Mandate(MandateTerms terms, List<ItemSlot> slots) {
    this.terms = Check.required("terms", terms);
    this.slots = Check.list("slots", Check.required("slots", slots), 1, MandateTerms.MAX_ITEMS);
    String problem = problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  private Mandate(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    terms = f.required("terms", MandateTerms::getInstance);
    slots =
        f.required("slots", Values.sequenceOf(ItemSlot::getInstance, 1, MandateTerms.MAX_ITEMS));
    f.end();
    String problem = problem();
    if (problem != null) {
      throw new SetDecodingException(BAD_VALUE, TYPE + ".slots", problem);
    }
  }

  /** Decodes a Mandate. */
  public static Mandate getInstance(Object obj) {
    return obj instanceof Mandate v ? v : new Mandate(Fields.sequence(TYPE, obj));
  }

  private String problem() {
    if (slots.size() != terms.getItems().size()) {
      return "one slot per item is required";
    }
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).getSlot() != i + 1) {
        return "slots must be numbered 1.." + slots.size() + " in order";
      }
    }
    return null;
  }

  public MandateTerms getTerms() {
    return terms;
  }

  public List<ItemSlot> getSlots() {
    return slots;
  }

  /** Slot {@code n} (from 1), or null if there is none. */
  public ItemSlot slot(int n) {
    return n >= 1 && n <= slots.size() ? slots.get(n - 1) : null;
  }

  /** The item of slot {@code n} (from 1), or null. */
  public MandateItem item(int n) {
    return n >= 1 && n <= slots.size() ? terms.getItems().get(n - 1) : null;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(terms).add(DerSeq.sequenceOf(slots)).build();
  }
}
