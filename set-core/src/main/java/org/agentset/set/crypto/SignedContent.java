package org.agentset.set.crypto;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A SET S or SO read from the wire: a CMS SignedData with exactly one signer and signed attributes.
 * Reading checks structure only; the content is released by {@link #verify} once the signature, the
 * suite, the content type and the signer check out. The caller first finds and validates the
 * signer's certificate (from {@link #certificates()} or its cache, by {@link #signerId()}), then
 * verifies with it.
 */
public final class SignedContent {

  private final CMSSignedData signedData;
  private final SignerInformation signer;
  private final ASN1ObjectIdentifier contentType;
  private final List<X509CertificateHolder> certificates;
  private final List<X509CRLHolder> crls;

  private SignedContent(CMSSignedData signedData) throws SetCryptoException {
    this.signedData = signedData;
    // Bouncy Castle parses the carried certificates and CRLs lazily; parse them here, inside
    // read()'s error mapping, so a malformed one is a MALFORMED SignedData, not a runtime
    // exception escaping later from certificates() (found by the msg package's mutation test).
    this.certificates = List.copyOf(signedData.getCertificates().getMatches(null));
    this.crls = List.copyOf(signedData.getCRLs().getMatches(null));
    Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "SignedData.signerInfos");
    }
    this.signer = signers.iterator().next();
    this.contentType =
        signedData.getSignedContentTypeOID() == null
            ? null
            : new ASN1ObjectIdentifier(signedData.getSignedContentTypeOID());
    AttributeTable attributes = signer.getSignedAttributes();
    if (attributes == null) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "SignerInfo.signedAttrs");
    }
    Attribute type = attributes.get(CMSAttributes.contentType);
    if (type == null
        || attributes.getAll(CMSAttributes.contentType).size() != 1
        || type.getAttrValues().size() != 1
        || !type.getAttrValues().getObjectAt(0).equals(contentType)) {
      throw new SetCryptoException(Reason.MALFORMED, "SignerInfo.signedAttrs.contentType");
    }
  }

  /**
   * Reads a ContentInfo holding a SignedData, strictly (see {@link Der}).
   *
   * @throws SetCryptoException {@code MALFORMED}, {@code TOO_LARGE} or {@code UNSUPPORTED} naming
   *     the field
   */
  public static SignedContent read(byte[] der) throws SetCryptoException {
    ASN1Primitive primitive = Der.decode(der, "ContentInfo");
    ContentInfo info;
    try {
      info = ContentInfo.getInstance(primitive);
      if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
        throw new SetCryptoException(Reason.CONTENT_TYPE_MISMATCH, "ContentInfo.contentType");
      }
      SignedData signedData = SignedData.getInstance(info.getContent());
      if (!Arrays.equals(Der.encode(signedData), Der.encode(info.getContent()))) {
        throw new SetCryptoException(Reason.MALFORMED, "SignedData");
      }
      return new SignedContent(new CMSSignedData(info));
    } catch (CMSException
        | IllegalArgumentException
        | IllegalStateException
        | ClassCastException e) {
      throw new SetCryptoException(Reason.MALFORMED, "SignedData", e);
    }
  }

  /** The signed content type ({@code eContentType}). */
  public ASN1ObjectIdentifier contentType() {
    return contentType;
  }

  /** Whether the content is detached (SET's SO). */
  public boolean isDetached() {
    return signedData.getSignedContent() == null;
  }

  /** The certificates carried. */
  public List<X509CertificateHolder> certificates() {
    return certificates;
  }

  /** The CRLs carried. */
  public List<X509CRLHolder> crls() {
    return crls;
  }

  /** How the signer is named: issuer and serial number, or key identifier. */
  public SignerId signerId() {
    return signer.getSID();
  }

  /** The signature algorithm, to find the suite with {@code AlgorithmSuites}. */
  public AlgorithmIdentifier signatureAlgorithm() {
    return AlgorithmIdentifier.getInstance(signer.toASN1Structure().getDigestEncryptionAlgorithm());
  }

  /**
   * The encapsulated content before any check, for the rare reader that needs it to find the
   * verification key (the self-signed CertReq carries its own key). Never act on it unverified.
   */
  public byte[] unverifiedContent() throws SetCryptoException {
    if (isDetached()) {
      throw new SetCryptoException(Reason.MALFORMED, "SignedData.encapContentInfo.eContent");
    }
    return (byte[]) signedData.getSignedContent().getContent();
  }

  /**
   * Verifies an S against a certificate and returns the content.
   *
   * @throws SetCryptoException {@code WRONG_SIGNER} if the SignerInfo names another certificate,
   *     {@code CONTENT_TYPE_MISMATCH}, {@code SUITE_MISMATCH}, {@code DIGEST_MISMATCH} or {@code
   *     BAD_SIGNATURE}
   */
  public byte[] verify(
      AlgorithmSuite suite, X509CertificateHolder certificate, ASN1ObjectIdentifier expectedType)
      throws SetCryptoException {
    if (!signer.getSID().match(certificate)) {
      throw new SetCryptoException(Reason.WRONG_SIGNER, "SignerInfo.sid");
    }
    return verify(suite, signerKey(suite, certificate), expectedType);
  }

  /**
   * Verifies an S against a public key and returns the content. A signer named by key identifier
   * must be named by this key's identifier.
   *
   * @throws SetCryptoException as {@link #verify(AlgorithmSuite, X509CertificateHolder,
   *     ASN1ObjectIdentifier)}
   */
  public byte[] verify(AlgorithmSuite suite, PublicKey key, ASN1ObjectIdentifier expectedType)
      throws SetCryptoException {
    if (isDetached()) {
      throw new SetCryptoException(Reason.MALFORMED, "SignedData.encapContentInfo.eContent");
    }
    check(suite, key, expectedType, signer);
    return (byte[]) signedData.getSignedContent().getContent();
  }

  /**
   * Verifies an SO (detached signature) over {@code content} against a certificate.
   *
   * @throws SetCryptoException as {@link #verify(AlgorithmSuite, X509CertificateHolder,
   *     ASN1ObjectIdentifier)}
   */
  public void verifyDetached(
      AlgorithmSuite suite,
      X509CertificateHolder certificate,
      ASN1ObjectIdentifier expectedType,
      byte[] content)
      throws SetCryptoException {
    if (!signer.getSID().match(certificate)) {
      throw new SetCryptoException(Reason.WRONG_SIGNER, "SignerInfo.sid");
    }
    verifyDetached(suite, signerKey(suite, certificate), expectedType, content);
  }

  /**
   * Verifies an SO (detached signature) over {@code content} against a public key.
   *
   * @throws SetCryptoException as {@link #verify(AlgorithmSuite, PublicKey, ASN1ObjectIdentifier)}
   */
  public void verifyDetached(
      AlgorithmSuite suite, PublicKey key, ASN1ObjectIdentifier expectedType, byte[] content)
      throws SetCryptoException {
    if (!isDetached()) {
      throw new SetCryptoException(Reason.UNSUPPORTED, "SignedData.encapContentInfo.eContent");
    }
    CMSSignedData withContent;
    try {
      withContent =
          new CMSSignedData(
              new CMSProcessableByteArray(contentType, content), signedData.toASN1Structure());
    } catch (CMSException e) {
      throw new SetCryptoException(Reason.MALFORMED, "SignedData", e);
    }
    check(suite, key, expectedType, withContent.getSignerInfos().getSigners().iterator().next());
  }

  private void check(
      AlgorithmSuite suite,
      PublicKey key,
      ASN1ObjectIdentifier expectedType,
      SignerInformation info)
      throws SetCryptoException {
    if (!expectedType.equals(contentType)) {
      throw new SetCryptoException(Reason.CONTENT_TYPE_MISMATCH, "SignedData.eContentType");
    }
    if (!suite.isSignatureAlgorithm(signatureAlgorithm())) {
      throw new SetCryptoException(Reason.SUITE_MISMATCH, "SignerInfo.signatureAlgorithm");
    }
    if (!suite.digestAlgorithm().equals(info.getDigestAlgorithmID())) {
      throw new SetCryptoException(Reason.SUITE_MISMATCH, "SignerInfo.digestAlgorithm");
    }
    if (info.getSID().getSubjectKeyIdentifier() != null
        && !Arrays.equals(info.getSID().getSubjectKeyIdentifier(), KeyIdentifiers.of(key))) {
      throw new SetCryptoException(Reason.WRONG_SIGNER, "SignerInfo.sid");
    }
    boolean valid;
    try {
      SignerInformationVerifier verifier =
          new SignerInformationVerifier(
              (digest, signature) -> signature.getAlgorithm().getId(),
              name -> new AlgorithmIdentifier(new ASN1ObjectIdentifier(name)),
              suite.contentVerifierProvider(key),
              new JcaDigestCalculatorProviderBuilder().build());
      valid = info.verify(verifier);
    } catch (CMSSignerDigestMismatchException e) {
      throw new SetCryptoException(Reason.DIGEST_MISMATCH, "SignerInfo.signedAttrs.messageDigest");
    } catch (CMSException | OperatorCreationException | RuntimeException e) {
      throw new SetCryptoException(Reason.BAD_SIGNATURE, "SignerInfo", e);
    }
    if (!valid) {
      throw new SetCryptoException(Reason.BAD_SIGNATURE, "SignerInfo.signature");
    }
  }

  private static PublicKey signerKey(AlgorithmSuite suite, X509CertificateHolder certificate)
      throws SetCryptoException {
    return suite.decodePublicKey(KeyPurpose.SIGNATURE, certificate.getSubjectPublicKeyInfo());
  }
}
