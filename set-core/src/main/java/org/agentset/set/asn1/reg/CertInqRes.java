package org.agentset.set.asn1.reg;

import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * The CA's answer to CertInqReq: the same structure as CertRes, reporting the current state of the
 * pending request (a separate type so the Message CHOICE cannot confuse the two).
 *
 * <pre>
 * CertInqRes ::= CertRes
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.3 [C].
 */
public final class CertInqRes extends ASN1Object {

  private final CertRes certRes;

  /** Wraps a CertRes. */
  public CertInqRes(CertRes certRes) {
    this.certRes = org.agentset.set.asn1.der.Check.required("certRes", certRes);
  }

  /** Decodes a CertInqRes. */
  public static CertInqRes getInstance(Object obj) {
    return obj instanceof CertInqRes v ? v : new CertInqRes(CertRes.decode("CertInqRes", obj));
  }

  /** The response, as a CertRes. */
  public CertRes getCertRes() {
    return certRes;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return certRes.toASN1Primitive();
  }
}
