package org.agentset.set.crypto;

import java.security.PublicKey;
import java.util.List;
import org.agentset.set.crypto.Envelopes.LinkTarget;
import org.agentset.set.crypto.cms.Link;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerId;

/**
 * A signed envelope (Enc, EncB, EncX, EncBX, EncK) that has been decrypted but not yet verified.
 * The caller looks up and validates the signer's certificate (by {@link #signerId()}, among {@link
 * #certificates()} or its cache), then calls {@code verify}, which checks the signature and the
 * links to extra data and baggage and only then releases {@code t} and {@code p}.
 */
public final class SignedEnvelopeContent {

  private final AlgorithmSuite suite;
  private final SignedContent signed;
  private final ASN1ObjectIdentifier tbeType;
  private final LinkTarget extra;
  private final LinkTarget baggage;

  SignedEnvelopeContent(
      AlgorithmSuite suite,
      SignedContent signed,
      ASN1ObjectIdentifier tbeType,
      LinkTarget extra,
      LinkTarget baggage) {
    this.suite = suite;
    this.signed = signed;
    this.tbeType = tbeType;
    this.extra = extra;
    this.baggage = baggage;
  }

  /** The certificates the signer sent. */
  public List<X509CertificateHolder> certificates() {
    return signed.certificates();
  }

  /** How the signer is named. */
  public SignerId signerId() {
    return signed.signerId();
  }

  /** The signature algorithm used. */
  public AlgorithmIdentifier signatureAlgorithm() {
    return signed.signatureAlgorithm();
  }

  /**
   * Verifies against the signer's certificate and returns {@code t} (and {@code p}).
   *
   * @throws SetCryptoException a signature failure (see {@link SignedContent}), or {@code
   *     DIGEST_MISMATCH} when the signed links do not name the extra data or baggage
   */
  public OpenedContent verify(X509CertificateHolder signerCertificate, ASN1ObjectIdentifier tbsType)
      throws SetCryptoException {
    return unlink(signed.verify(suite, signerCertificate, tbsType));
  }

  /** As {@link #verify(X509CertificateHolder, ASN1ObjectIdentifier)} with a bare public key. */
  public OpenedContent verify(PublicKey signerKey, ASN1ObjectIdentifier tbsType)
      throws SetCryptoException {
    return unlink(signed.verify(suite, signerKey, tbsType));
  }

  /**
   * The signed content {@code t} before any check, for the one reader that needs it to find the
   * verification key: the CA, whose self-signed CertReq carries the key it is signed with (proof of
   * possession). Never act on it unverified; verify with the key found, then use what {@code
   * verify} releases.
   */
  public byte[] unverifiedContent() throws SetCryptoException {
    byte[] t = signed.unverifiedContent();
    if (extra != null) {
      t = Der.encode(Link.getInstance(Der.decode(t, "L(t, p)"), "L(t, p)").content());
    }
    if (baggage != null) {
      t = Der.encode(Link.getInstance(Der.decode(t, "L(t, b)"), "L(t, b)").content());
    }
    return t;
  }

  private OpenedContent unlink(byte[] content) throws SetCryptoException {
    Digests digests = new Digests(suite);
    byte[] t = content;
    if (extra != null) {
      Link link = Link.getInstance(Der.decode(t, "L(t, p)"), "L(t, p)");
      digests.checkLink(link, extra.type(), extra.der(), "L(t, p)");
      t = Der.encode(link.content());
    }
    if (baggage != null) {
      Link link = Link.getInstance(Der.decode(t, "L(t, b)"), "L(t, b)");
      digests.checkLink(link, baggage.type(), baggage.der(), "L(t, b)");
      t = Der.encode(link.content());
    }
    return new OpenedContent(tbeType, t, extra == null ? null : extra.der());
  }
}
