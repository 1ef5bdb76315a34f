package org.agentset.set.asn1.cert;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * SET's BrandCRLIdentifier (BCI): the brand CA's signed statement of which CRLs are current for all
 * CAs under it. Relying parties fetch any CRL it lists that they lack, and reject a certificate on
 * any listed CRL (SET-PROTOCOL.md §1.4).
 *
 * <pre>
 * BrandCRLIdentifier ::= SIGNED { UnsignedBrandCRLIdentifier }
 * SIGNED { ToBeSigned } ::= SEQUENCE {
 *   toBeSigned ToBeSigned,
 *   algorithm  AlgorithmIdentifier,
 *   signature  BIT STRING }
 * </pre>
 *
 * <p>Signing and verification live in {@code org.agentset.set.cert.BrandCrlIdentifiers}; this class
 * is the wire format only. Decoding is strict DER bounded at {@link StrictDer#MAX_EXTENSION_BYTES}
 * × 4.
 */
public final class BrandCRLIdentifier extends ASN1Object {

  private static final String FIELD = "brandCRLIdentifier";

  private final UnsignedBrandCRLIdentifier tbs;
  private final AlgorithmIdentifier algorithm;
  private final byte[] signature;

  /** A signed BCI. */
  public BrandCRLIdentifier(
      UnsignedBrandCRLIdentifier tbs, AlgorithmIdentifier algorithm, byte[] signature) {
    if (tbs == null || algorithm == null || signature == null || signature.length == 0) {
      throw new MalformedCertExtensionException(FIELD, "missing component");
    }
    this.tbs = tbs;
    this.algorithm = algorithm;
    this.signature = signature.clone();
  }

  /** Converts a {@link BrandCRLIdentifier} or its SEQUENCE. */
  public static BrandCRLIdentifier getInstance(Object obj) {
    if (obj instanceof BrandCRLIdentifier b) {
      return b;
    }
    if (obj == null) {
      return null;
    }
    SeqReader r = SeqReader.of(SeqReader.sequence(obj, FIELD), FIELD);
    UnsignedBrandCRLIdentifier tbs = UnsignedBrandCRLIdentifier.getInstance(r.next("toBeSigned"));
    AlgorithmIdentifier alg;
    try {
      alg = AlgorithmIdentifier.getInstance(r.next("algorithm"));
    } catch (IllegalArgumentException e) {
      throw new MalformedCertExtensionException(r.path("algorithm"), "malformed", e);
    }
    ASN1BitString sig = r.as(r.next("signature"), ASN1BitString.class, "signature");
    if (sig.getPadBits() != 0 || sig.getOctets().length == 0) {
      throw new MalformedCertExtensionException(
          r.path("signature"), "must be whole, non-empty octets");
    }
    r.end();
    return new BrandCRLIdentifier(tbs, alg, sig.getOctets());
  }

  /** Decodes a DER-encoded BCI strictly. */
  public static BrandCRLIdentifier fromDer(byte[] der) {
    return getInstance(StrictDer.parse(der, StrictDer.MAX_EXTENSION_BYTES * 4, FIELD));
  }

  public UnsignedBrandCRLIdentifier tbs() {
    return tbs;
  }

  public AlgorithmIdentifier algorithm() {
    return algorithm;
  }

  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(tbs);
    v.add(algorithm);
    v.add(new DERBitString(signature));
    return new DERSequence(v);
  }
}
