package org.agentset.set.asn1.purchase;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.CurrencyAmount;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The part of PIHead that ties the payment to the order: the order hash HOD and the amount the
 * cardholder agreed to. The gateway compares HOD with the merchant's {@code CheckDigests.hod2}
 * (both parties hashed the same order and amount) and holds the authorization to {@code purchAmt}.
 *
 * <pre>
 * Inputs ::= SEQUENCE {
 *    hod       HOD,              -- DD { HODInput }
 *    purchAmt  CurrencyAmount
 * }
 * </pre>
 *
 * <p>SET-PROTOCOL.md §3.4 [P]: {@code Inputs{HOD, PurchAmt}} inside PIHead; nesting [U].
 */
public final class Inputs extends ASN1Object {

  private static final String TYPE = "Inputs";

  private final DetachedDigest hod;
  private final CurrencyAmount purchAmt;

  /** Builds Inputs. */
  public Inputs(DetachedDigest hod, CurrencyAmount purchAmt) {
    this.hod = Check.required("hod", hod);
    this.purchAmt = Check.required("purchAmt", purchAmt);
  }

  private Inputs(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    hod = f.required("hod", DetachedDigest::getInstance);
    purchAmt = f.required("purchAmt", CurrencyAmount::getInstance);
    f.end();
  }

  /** Decodes Inputs. */
  public static Inputs getInstance(Object obj) {
    return obj instanceof Inputs v ? v : new Inputs(Fields.sequence(TYPE, obj));
  }

  /** HOD = DD(HODInput). */
  public DetachedDigest getHod() {
    return hod;
  }

  public CurrencyAmount getPurchAmt() {
    return purchAmt;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(hod).add(purchAmt).build();
  }
}
