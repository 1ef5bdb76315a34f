package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.msg.DetachedDigest;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The merchant's own digests of the purchase, which the gateway compares with the cardholder's:
 * {@code hOIData} with the {@code DD(OIData)} in PI-OILink, {@code hod2} with {@code PIHead.hod}.
 * This is how the gateway knows cardholder and merchant agree on the order and amount without
 * seeing either.
 *
 * <pre>
 * CheckDigests ::= SEQUENCE {
 *    hOIData  DD { OIData },
 *    hod2     HOD            -- DD { HODInput }
 * }
 * </pre>
 *
 * <p>Book 2 (SET-PROTOCOL.md §3.5 [C]). Omitted when the PI is an AuthToken.
 */
public final class CheckDigests extends ASN1Object {

  private static final String TYPE = "CheckDigests";

  private final DetachedDigest hOIData;
  private final DetachedDigest hod2;

  /** Builds CheckDigests. */
  public CheckDigests(DetachedDigest hOIData, DetachedDigest hod2) {
    this.hOIData = Check.required("hOIData", hOIData);
    this.hod2 = Check.required("hod2", hod2);
  }

  private CheckDigests(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    hOIData = f.required("hOIData", DetachedDigest::getInstance);
    hod2 = f.required("hod2", DetachedDigest::getInstance);
    f.end();
  }

  /** Decodes CheckDigests. */
  public static CheckDigests getInstance(Object obj) {
    return obj instanceof CheckDigests v ? v : new CheckDigests(Fields.sequence(TYPE, obj));
  }

  public DetachedDigest getHOIData() {
    return hOIData;
  }

  public DetachedDigest getHod2() {
    return hod2;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(hOIData).add(hod2).build();
  }
}
