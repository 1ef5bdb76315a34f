package org.agentset.set.sai;

import java.util.Objects;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.sai.Mandate;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.SaiObjectIdentifiers;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Signs and verifies {@link Mandate}s (DESIGN §7): a CMS SignedData, content attached, content type
 * {@link SaiObjectIdentifiers#MANDATE}, signed by the wallet's communication certificate, carrying
 * its chain. The mandate's customer must be the signing certificate's subject; {@link #termsHash}
 * is the associated data of every sealed token of the mandate.
 */
public final class Mandates {

  private final Signatures signatures;

  public Mandates(AlgorithmSuite suite) {
    this.signatures = new Signatures(Objects.requireNonNull(suite, "suite"));
  }

  /** SHA-256 of the DER of {@code terms}: the AEAD associated data of the mandate's tokens. */
  public static byte[] termsHash(MandateTerms terms) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(Der.encode(terms));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /**
   * The wallet's signed mandate: DER ContentInfo(SignedData).
   *
   * @throws IllegalArgumentException if the mandate's customer is not the signer's subject
   */
  public byte[] sign(Signer wallet, Mandate mandate) throws SaiException {
    if (wallet.certificate() == null
        || !wallet.certificate().getSubject().equals(mandate.getTerms().getCustomer())) {
      throw new IllegalArgumentException("the mandate's customer must be the wallet's subject");
    }
    try {
      return signatures.s(wallet, SaiObjectIdentifiers.MANDATE, mandate);
    } catch (SetCryptoException e) {
      throw SaiException.of(e);
    }
  }

  /** Reads a signed mandate, unverified (the wallet certificate is among its certificates). */
  public static SaiSignedContent read(byte[] der) throws SaiException {
    return SaiSignedContent.read(der, SaiObjectIdentifiers.MANDATE);
  }

  /**
   * Verifies the wallet's signature with {@code walletCertificate} (validated by the caller),
   * decodes the mandate and checks that its customer is that certificate's subject.
   *
   * @throws SaiException {@code INCONSISTENT} at {@code MandateTerms.customer} when it is not
   */
  public Mandate verify(SaiSignedContent signed, X509CertificateHolder walletCertificate)
      throws SaiException {
    byte[] content = signed.verify(signatures.suite(), walletCertificate);
    Mandate mandate;
    try {
      mandate = Mandate.getInstance(content);
    } catch (SetDecodingException e) {
      throw SaiException.of(e);
    }
    if (!walletCertificate.getSubject().equals(mandate.getTerms().getCustomer())) {
      throw new SaiException(SaiException.Reason.INCONSISTENT, "MandateTerms.customer");
    }
    return mandate;
  }

  /** {@link #read} then {@link #verify}. */
  public Mandate verify(byte[] der, X509CertificateHolder walletCertificate) throws SaiException {
    return verify(read(der), walletCertificate);
  }
}
