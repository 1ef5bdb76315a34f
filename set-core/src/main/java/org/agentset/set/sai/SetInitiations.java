package org.agentset.set.sai;

import java.util.Objects;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.sai.SaiObjectIdentifiers;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.Signatures;
import org.agentset.set.crypto.Signer;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Signs and verifies {@link SetInitiation}s: SET's S (a CMS SignedData, content attached, content
 * type {@link SaiObjectIdentifiers#SET_INITIATION}) by the merchant's SET signature certificate,
 * carrying its chain. The merchant signs; the wallet (directly from the storefront, or inside a
 * payment start) reads, validates the carried merchant certificate (SET path validation,
 * MERCHANT_SIGNATURE profile) and verifies.
 *
 * <p>Whether the initiation has expired, and whether the merchant is the one the caller expects, is
 * the caller's judgement ({@link SetInitiation#getExpires()}, {@link
 * SetInitiation#getMerchantCode()}).
 */
public final class SetInitiations {

  private final Signatures signatures;

  public SetInitiations(AlgorithmSuite suite) {
    this.signatures = new Signatures(Objects.requireNonNull(suite, "suite"));
  }

  /** The merchant's signed initiation: DER ContentInfo(SignedData). */
  public byte[] sign(Signer merchant, SetInitiation initiation) throws SaiException {
    try {
      return signatures.s(merchant, SaiObjectIdentifiers.SET_INITIATION, initiation);
    } catch (SetCryptoException e) {
      throw SaiException.of(e);
    }
  }

  /**
   * Reads a signed initiation, unverified: find the merchant's certificate in {@link
   * SaiSignedContent#signerCertificate()}, validate it, then {@link #verify}.
   */
  public static SaiSignedContent read(byte[] der) throws SaiException {
    return SaiSignedContent.read(der, SaiObjectIdentifiers.SET_INITIATION);
  }

  /**
   * Verifies the merchant's signature with {@code merchantCertificate} (validated by the caller)
   * and decodes the initiation.
   */
  public SetInitiation verify(SaiSignedContent signed, X509CertificateHolder merchantCertificate)
      throws SaiException {
    byte[] content = signed.verify(signatures.suite(), merchantCertificate);
    try {
      return SetInitiation.getInstance(content);
    } catch (SetDecodingException e) {
      throw SaiException.of(e);
    }
  }

  /** {@link #read} then {@link #verify}. */
  public SetInitiation verify(byte[] der, X509CertificateHolder merchantCertificate)
      throws SaiException {
    return verify(read(der), merchantCertificate);
  }
}
