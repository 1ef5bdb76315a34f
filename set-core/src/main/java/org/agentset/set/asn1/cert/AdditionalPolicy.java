package org.agentset.set.asn1.cert;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * A policy added below the root by a CA of the hierarchy (brand, geo-political, …), recorded in the
 * SET policy qualifier together with the type of CA that added it.
 *
 * <pre>
 * AdditionalPolicy ::= SEQUENCE {
 *   policyOID       CertPolicyId OPTIONAL,
 *   policyQualifier SETQualifier OPTIONAL,
 *   policyAddedBy   CertificateType }
 * </pre>
 */
public final class AdditionalPolicy extends ASN1Object {

  private static final String FIELD = "additionalPolicy";

  private final ASN1ObjectIdentifier policyOid;
  private final SetQualifier qualifier;
  private final CertificateType addedBy;

  /** A policy; {@code policyOid} and {@code qualifier} may be null, {@code addedBy} may not. */
  public AdditionalPolicy(
      ASN1ObjectIdentifier policyOid, SetQualifier qualifier, CertificateType addedBy) {
    if (addedBy == null) {
      throw new MalformedCertExtensionException(FIELD + ".policyAddedBy", "missing");
    }
    this.policyOid = policyOid;
    this.qualifier = qualifier;
    this.addedBy = addedBy;
  }

  /** Converts an {@link AdditionalPolicy} or its SEQUENCE. */
  public static AdditionalPolicy getInstance(Object obj) {
    if (obj instanceof AdditionalPolicy a) {
      return a;
    }
    if (obj == null) {
      return null;
    }
    SeqReader r = SeqReader.of(SeqReader.sequence(obj, FIELD), FIELD);
    ASN1ObjectIdentifier oid = r.optional(ASN1ObjectIdentifier.class);
    ASN1Sequence q = r.optional(ASN1Sequence.class);
    SetQualifier qualifier =
        q == null ? null : SetQualifier.getInstance(q, r.path("policyQualifier"));
    CertificateType by;
    try {
      by = CertificateType.getInstance(r.next("policyAddedBy"));
    } catch (MalformedCertExtensionException e) {
      throw new MalformedCertExtensionException(r.path("policyAddedBy"), e.getMessage(), e);
    }
    r.end();
    return new AdditionalPolicy(oid, qualifier, by);
  }

  public Optional<ASN1ObjectIdentifier> policyOid() {
    return Optional.ofNullable(policyOid);
  }

  public Optional<SetQualifier> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  public CertificateType addedBy() {
    return addedBy;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    if (policyOid != null) {
      v.add(policyOid);
    }
    if (qualifier != null) {
      v.add(qualifier);
    }
    v.add(addedBy);
    return new DERSequence(v);
  }
}
