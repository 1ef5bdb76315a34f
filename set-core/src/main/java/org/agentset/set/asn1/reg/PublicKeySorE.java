package org.agentset.set.asn1.reg;

import org.agentset.set.asn1.der.DerSeq;
import org.agentset.set.asn1.der.Fields;
import org.agentset.set.asn1.der.SetDecodingException;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The public keys an end entity asks the CA to certify: a signature key, a key-exchange key, or
 * both (merchants and gateways get separate certificates for each; cardholders a signature key
 * only).
 *
 * <pre>
 * PublicKeySorE ::= SEQUENCE {
 *    publicKeyS  [0] SubjectPublicKeyInfo OPTIONAL,
 *    publicKeyE  [1] SubjectPublicKeyInfo OPTIONAL
 * }   -- at least one present
 * </pre>
 *
 * <p>SET-PROTOCOL.md §2.2/§2.3 [C] (CertReqData PublicKeySorE); tags [U].
 */
public final class PublicKeySorE extends ASN1Object {

  private static final String TYPE = "PublicKeySorE";

  private final SubjectPublicKeyInfo publicKeyS;
  private final SubjectPublicKeyInfo publicKeyE;

  /** Builds PublicKeySorE; one of the keys may be null, not both. */
  public PublicKeySorE(SubjectPublicKeyInfo publicKeyS, SubjectPublicKeyInfo publicKeyE) {
    if (publicKeyS == null && publicKeyE == null) {
      throw new IllegalArgumentException("PublicKeySorE needs a signature or a key-exchange key");
    }
    this.publicKeyS = publicKeyS;
    this.publicKeyE = publicKeyE;
  }

  private PublicKeySorE(ASN1Sequence seq) {
    Fields f = Fields.of(TYPE, seq);
    publicKeyS =
        f.optionalImplicit(0, "publicKeyS", BERTags.SEQUENCE, SubjectPublicKeyInfo::getInstance);
    publicKeyE =
        f.optionalImplicit(1, "publicKeyE", BERTags.SEQUENCE, SubjectPublicKeyInfo::getInstance);
    f.end();
    if (publicKeyS == null && publicKeyE == null) {
      throw new SetDecodingException(
          SetDecodingException.Reason.MISSING_FIELD, TYPE + ".publicKeyS", "no key");
    }
  }

  /** Decodes PublicKeySorE. */
  public static PublicKeySorE getInstance(Object obj) {
    return obj instanceof PublicKeySorE v ? v : new PublicKeySorE(Fields.sequence(TYPE, obj));
  }

  /** The signature key, or null. */
  public SubjectPublicKeyInfo getPublicKeyS() {
    return publicKeyS;
  }

  /** The key-exchange key, or null. */
  public SubjectPublicKeyInfo getPublicKeyE() {
    return publicKeyE;
  }

  @Override
  public ASN1Primitive toASN1Primitive() {
    return DerSeq.of().implicit(0, publicKeyS).implicit(1, publicKeyE).build();
  }
}
