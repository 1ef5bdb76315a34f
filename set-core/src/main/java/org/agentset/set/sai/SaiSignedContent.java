package org.agentset.set.sai;

import java.io.IOException;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.set.crypto.SignedContent;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * A signed agent-interface structure read from the wire but not yet trusted: the certificates it
 * carries (to find and validate the signer's), and {@link #verify} to release the content once the
 * caller has chosen the certificate. Wraps set-core's {@link SignedContent}, which does the CMS
 * checks (one signer, signed attributes, the suite's algorithms, the content type).
 */
public final class SaiSignedContent {

  private final SignedContent signed;
  private final AttributeTable attributes;
  private final ASN1ObjectIdentifier expectedType;

  private SaiSignedContent(
      SignedContent signed, AttributeTable attributes, ASN1ObjectIdentifier expectedType) {
    this.signed = signed;
    this.attributes = attributes;
    this.expectedType = expectedType;
  }

  /**
   * Reads a DER ContentInfo holding a SignedData of {@code expectedType} with attached content.
   *
   * @throws SaiException {@code MALFORMED} or {@code UNSUPPORTED} naming the part
   */
  static SaiSignedContent read(byte[] der, ASN1ObjectIdentifier expectedType) throws SaiException {
    SignedContent signed;
    try {
      signed = SignedContent.read(der);
    } catch (SetCryptoException e) {
      throw SaiException.of(e);
    }
    if (signed.isDetached()) {
      throw new SaiException(SaiException.Reason.MALFORMED, "SignedData.eContent");
    }
    if (!expectedType.equals(signed.contentType())) {
      throw new SaiException(SaiException.Reason.MALFORMED, "SignedData.eContentType");
    }
    AttributeTable attributes;
    try {
      SignerInformation signer =
          new CMSSignedData(der).getSignerInfos().getSigners().iterator().next();
      attributes = signer.getSignedAttributes();
    } catch (CMSException | RuntimeException e) {
      throw new SaiException(SaiException.Reason.MALFORMED, "SignedData", e);
    }
    return new SaiSignedContent(signed, attributes, expectedType);
  }

  /** The certificates the SignedData carries (the signer's and its chain, root excluded). */
  public List<X509CertificateHolder> certificates() {
    return signed.certificates();
  }

  /** The carried certificate the SignerInfo names, if it is carried. */
  public Optional<X509CertificateHolder> signerCertificate() {
    return signed.certificates().stream().filter(c -> signed.signerId().match(c)).findFirst();
  }

  /**
   * The signer's carried certificate followed by its issuers among the carried certificates, in
   * order (leaf first, each certificate's issuer next), for {@code SetPathValidator.validate}. Only
   * names are matched here; the validator checks the signatures.
   *
   * @throws SaiException {@code MALFORMED} if the signer's certificate is not carried or a carried
   *     certificate cannot be read
   */
  public List<X509Certificate> signerPath(Provider provider) throws SaiException {
    X509CertificateHolder leaf =
        signerCertificate()
            .orElseThrow(() -> new SaiException(SaiException.Reason.MALFORMED, "certificates"));
    List<X509CertificateHolder> path = new ArrayList<>();
    path.add(leaf);
    X509CertificateHolder current = leaf;
    while (path.size() < signed.certificates().size()) {
      X500Name issuer = current.getIssuer();
      if (issuer.equals(current.getSubject())) {
        break;
      }
      X509CertificateHolder next =
          signed.certificates().stream()
              .filter(c -> c.getSubject().equals(issuer) && !path.contains(c))
              .findFirst()
              .orElse(null);
      if (next == null) {
        break;
      }
      path.add(next);
      current = next;
    }
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(provider);
    List<X509Certificate> out = new ArrayList<>();
    try {
      for (X509CertificateHolder h : path) {
        out.add(converter.getCertificate(h));
      }
    } catch (CertificateException e) {
      throw new SaiException(SaiException.Reason.MALFORMED, "certificates", e);
    }
    return out;
  }

  /**
   * Verifies the signature with {@code certificate} (which the caller has validated) and returns
   * the DER of the content.
   *
   * @throws SaiException {@code BAD_SIGNATURE} if it does not verify, names another signer or uses
   *     another suite
   */
  public byte[] verify(AlgorithmSuite suite, X509CertificateHolder certificate)
      throws SaiException {
    try {
      return signed.verify(suite, certificate, expectedType);
    } catch (SetCryptoException e) {
      throw SaiException.of(e);
    }
  }

  /** The signingTime signed attribute, if present and well formed (trusted only once verified). */
  Optional<Instant> signingTime() throws SaiException {
    Attribute a = single(CMSAttributes.signingTime, "signingTime");
    if (a == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant());
    } catch (RuntimeException e) {
      throw new SaiException(SaiException.Reason.MISSING_ATTRIBUTE, "signedAttrs.signingTime", e);
    }
  }

  /** The SAI nonce signed attribute of {@code length} bytes, if present. */
  Optional<byte[]> nonce(int length) throws SaiException {
    Attribute a = single(org.agentset.set.asn1.sai.SaiObjectIdentifiers.SAI_NONCE, "saiNonce");
    if (a == null) {
      return Optional.empty();
    }
    byte[] v;
    try {
      v = ASN1OctetString.getInstance(a.getAttrValues().getObjectAt(0)).getOctets();
    } catch (RuntimeException e) {
      throw new SaiException(SaiException.Reason.MISSING_ATTRIBUTE, "signedAttrs.saiNonce", e);
    }
    if (v.length != length) {
      throw new SaiException(SaiException.Reason.MISSING_ATTRIBUTE, "signedAttrs.saiNonce");
    }
    return Optional.of(v);
  }

  private Attribute single(ASN1ObjectIdentifier oid, String name) throws SaiException {
    if (attributes.getAll(oid).size() == 0) {
      return null;
    }
    Attribute a = attributes.get(oid);
    if (attributes.getAll(oid).size() != 1 || a.getAttrValues().size() != 1) {
      throw new SaiException(SaiException.Reason.MISSING_ATTRIBUTE, "signedAttrs." + name);
    }
    return a;
  }

  static byte[] encoded(X509CertificateHolder c) {
    try {
      return c.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
