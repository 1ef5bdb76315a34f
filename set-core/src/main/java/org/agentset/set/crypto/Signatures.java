package org.agentset.set.crypto;

import java.util.Objects;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * SET's signature operators in one suite: {@code S(s, t)}, a CMS SignedData over the DER of {@code
 * t} with the content attached, and {@code SO(s, t)}, the same with the content detached
 * ("signature only"; the PISignature of the dual signature is one). Reading returns a {@link
 * SignedContent}, which releases the content only after verification.
 *
 * <p>Signing refuses a signer of another suite, so a party configured for one suite cannot emit
 * another by mistake; verification refuses signatures whose algorithms are not the suite's.
 */
public final class Signatures {

  private final AlgorithmSuite suite;

  public Signatures(AlgorithmSuite suite) {
    this.suite = Objects.requireNonNull(suite, "suite");
  }

  /** The suite signatures are made and expected in. */
  public AlgorithmSuite suite() {
    return suite;
  }

  /** S(s, t): the DER of a ContentInfo holding the SignedData. */
  public byte[] s(Signer signer, ASN1ObjectIdentifier tbsType, ASN1Encodable t)
      throws SetCryptoException {
    return sign(signer, tbsType, Der.encode(t), true);
  }

  /** SO(s, t): as S with the content left out. */
  public byte[] so(Signer signer, ASN1ObjectIdentifier tbsType, ASN1Encodable t)
      throws SetCryptoException {
    return sign(signer, tbsType, Der.encode(t), false);
  }

  /**
   * Reads and verifies an S against the signer's certificate; returns the DER of {@code t}.
   *
   * @throws SetCryptoException see {@link SignedContent#verify(AlgorithmSuite,
   *     X509CertificateHolder, ASN1ObjectIdentifier)}
   */
  public byte[] verify(
      byte[] signed, X509CertificateHolder signerCertificate, ASN1ObjectIdentifier tbsType)
      throws SetCryptoException {
    return SignedContent.read(signed).verify(suite, signerCertificate, tbsType);
  }

  /**
   * Reads and verifies an SO over {@code t} against the signer's certificate.
   *
   * @throws SetCryptoException see {@link SignedContent#verifyDetached(AlgorithmSuite,
   *     X509CertificateHolder, ASN1ObjectIdentifier, byte[])}
   */
  public void verifyDetached(
      byte[] signature,
      X509CertificateHolder signerCertificate,
      ASN1ObjectIdentifier tbsType,
      ASN1Encodable t)
      throws SetCryptoException {
    SignedContent.read(signature).verifyDetached(suite, signerCertificate, tbsType, Der.encode(t));
  }

  private byte[] sign(
      Signer signer, ASN1ObjectIdentifier tbsType, byte[] content, boolean encapsulate)
      throws SetCryptoException {
    if (signer.suite() != suite && !signer.suite().oid().equals(suite.oid())) {
      throw new SetCryptoException(Reason.SUITE_MISMATCH, "signer");
    }
    return SignedDataCodec.sign(signer, tbsType, content, encapsulate);
  }
}
