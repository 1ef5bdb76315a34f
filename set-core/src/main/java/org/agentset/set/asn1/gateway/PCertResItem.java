package org.agentset.set.asn1.gateway;

import org.agentset.set.asn1.der.Check;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.Values;
import org.agentset.set.asn1.msg.CertThumb;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * The answer for one BrandAndBIN of a PCertReq: the outcome and the thumbprint of the gateway
 * key-exchange certificate to use (the certificate itself travels in the SignedData).
 *
 * <pre>
 * PCertResItem ::= SEQUENCE {
 *    pCertCode  PCertCode,
 *    certThumb  [0] EXPLICIT CertThumb OPTIONAL
 * }
 * </pre>
 *
 * <p>[U]: SET-PROTOCOL.md §2.3 names PCertRes without a field list.
 */
public final class PCertResItem extends ASN1Object {

  private static final String TYPE = "PCertResItem";

  private final PCertCode pCertCode;
  private final CertThumb certThumb;

  /** Builds a PCertResItem; {@code certThumb} may be null. */
  public PCertResItem(PCertCode pCertCode, CertThumb certThumb) {
    this.pCertCode = Check.required("pCertCode", pCertCode);
    this.certThumb = certThumb;
  }

  private PCertResItem(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    pCertCode = f.required("pCertCode", Values.enumerated(PCertCode.class));
    certThumb = f.optionalExplicit(0, "certThumb", CertThumb::getInstance);
    f.end();
  }

  /** Decodes a PCertResItem. */
  public static PCertResItem getInstance(Object obj) {
    return obj instanceof PCertResItem v ? v : new PCertResItem(Fields.sequence(TYPE, obj));
  }

  public PCertCode getPCertCode() {
    return pCertCode;
  }

  public CertThumb getCertThumb() {
    return certThumb;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().add(Der.enumerated(pCertCode)).explicit(0, certThumb).build();
  }
}
