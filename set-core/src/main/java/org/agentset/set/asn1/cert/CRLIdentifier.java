package org.agentset.set.asn1.cert;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Names one CRL: its issuer and its {@code cRLNumber}. A BrandCRLIdentifier is a signed list of
 * these, one for each current CRL in a brand's tree.
 *
 * <pre>
 * CRLIdentifier ::= SEQUENCE {
 *   issuerName Name,
 *   crlNumber  INTEGER (0..MAX) }
 * </pre>
 */
public final class CRLIdentifier extends ASN1Object {

  private static final String FIELD = "crlIdentifier";

  private final X500Name issuer;
  private final BigInteger crlNumber;

  /** The CRL numbered {@code crlNumber} (≥ 0) issued by {@code issuer}. */
  public CRLIdentifier(X500Name issuer, BigInteger crlNumber) {
    if (issuer == null) {
      throw new MalformedCertExtensionException(FIELD + ".issuerName", "missing");
    }
    if (crlNumber == null || crlNumber.signum() < 0 || crlNumber.bitLength() > 159) {
      throw new MalformedCertExtensionException(FIELD + ".crlNumber", "must be 0..2^159-1");
    }
    this.issuer = issuer;
    this.crlNumber = crlNumber;
  }

  /** Converts a {@link CRLIdentifier} or its SEQUENCE. */
  public static CRLIdentifier getInstance(Object obj) {
    if (obj instanceof CRLIdentifier c) {
      return c;
    }
    if (obj == null) {
      return null;
    }
    SeqReader r = SeqReader.of(SeqReader.sequence(obj, FIELD), FIELD);
    X500Name issuer;
    try {
      issuer = X500Name.getInstance(r.next("issuerName"));
    } catch (IllegalArgumentException e) {
      throw new MalformedCertExtensionException(r.path("issuerName"), "not a Name", e);
    }
    ASN1Integer n = r.as(r.next("crlNumber"), ASN1Integer.class, "crlNumber");
    r.end();
    return new CRLIdentifier(issuer, n.getValue());
  }

  public X500Name issuer() {
    return issuer;
  }

  public BigInteger crlNumber() {
    return crlNumber;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(issuer);
    v.add(new ASN1Integer(crlNumber));
    return new DERSequence(v);
  }
}
