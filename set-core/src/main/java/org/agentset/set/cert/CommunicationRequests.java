package org.agentset.set.cert;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Hashtable;
import java.util.Objects;
import org.agentset.set.asn1.cert.AgentCertificateRequest;
import org.agentset.set.asn1.cert.SetCertObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.Selector;

/**
 * The two requests for AgentSET communication certificates, as CMS SignedData (RFC 5652) that
 * OpenSSL's {@code cms} command can read:
 *
 * <ul>
 *   <li>a <b>wallet</b> request: content type {@link
 *       SetCertObjectIdentifiers#WALLET_CERTIFICATE_REQUEST}, content the wallet's PKCS#10 request,
 *       signed by the cardholder's SET signature key — so the wallet's certificate is bound to the
 *       cardholder who holds that card's certificate;
 *   <li>a <b>customer-agent</b> request: content type {@link
 *       SetCertObjectIdentifiers#AGENT_CERTIFICATE_REQUEST}, content an {@link
 *       AgentCertificateRequest}, signed by the customer's wallet key — so the agent's certificate
 *       is bound to that customer and to the end of the mandate the wallet gave it.
 * </ul>
 *
 * Both carry the signer's certificate and a signingTime signed attribute (the CA refuses stale
 * requests); the PKCS#10 inside proves possession of the new key. {@link #open} is the CA's side:
 * it checks the CMS signature only — whether the signer's certificate is one the CA trusts for this
 * is the CA's decision.
 */
public final class CommunicationRequests {

  /** Largest request accepted by {@link #open}. */
  public static final int MAX_BYTES = 32 * 1024;

  /** What a request carried, once its CMS signature verified. */
  public record Opened(X509Certificate signer, byte[] content, Instant signingTime) {}

  private final Provider provider;

  public CommunicationRequests(Provider provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /** A wallet's request for its communication certificate. */
  public byte[] wallet(
      PKCS10CertificationRequest walletRequest,
      X509Certificate cardholderCertificate,
      PrivateKey cardholderKey,
      Instant signingTime) {
    try {
      return sign(
          SetCertObjectIdentifiers.WALLET_CERTIFICATE_REQUEST,
          walletRequest.getEncoded(),
          cardholderCertificate,
          cardholderKey,
          signingTime);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the request", e);
    }
  }

  /** A wallet's authorisation of a customer agent's key, for the agent server to send the CA. */
  public byte[] customerAgent(
      AgentCertificateRequest request,
      X509Certificate walletCertificate,
      PrivateKey walletKey,
      Instant signingTime) {
    return sign(
        SetCertObjectIdentifiers.AGENT_CERTIFICATE_REQUEST,
        org.agentset.set.asn1.cert.StrictDer.encode(request),
        walletCertificate,
        walletKey,
        signingTime);
  }

  private byte[] sign(
      ASN1ObjectIdentifier type,
      byte[] content,
      X509Certificate signer,
      PrivateKey key,
      Instant signingTime) {
    try {
      Hashtable<ASN1ObjectIdentifier, Attribute> attrs = new Hashtable<>();
      attrs.put(
          CMSAttributes.signingTime,
          new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
      CMSSignedDataGenerator g = new CMSSignedDataGenerator();
      g.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(
                  new JcaDigestCalculatorProviderBuilder().setProvider(provider).build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
              .build(SignatureScheme.forKey(signer.getPublicKey()).signer(key, provider), signer));
      g.addCertificate(new X509CertificateHolder(signer.getEncoded()));
      return g.generate(new CMSProcessableByteArray(type, content), true).getEncoded("DER");
    } catch (OperatorCreationException
        | CertificateEncodingException
        | CMSException
        | IOException e) {
      throw new IllegalStateException("cannot sign the request", e);
    }
  }

  /**
   * Opens a request of content type {@code expectedType}: one signer, whose certificate is in the
   * request, whose signature over the content and signed attributes verifies, with a signingTime.
   *
   * @throws IllegalArgumentException saying what is wrong (never a secret)
   */
  public Opened open(byte[] der, ASN1ObjectIdentifier expectedType) {
    if (der == null || der.length == 0 || der.length > MAX_BYTES) {
      throw new IllegalArgumentException("the request is empty or larger than " + MAX_BYTES + " bytes");
    }
    CMSSignedData signed;
    try {
      signed = new CMSSignedData(der);
    } catch (CMSException | RuntimeException e) {
      throw new IllegalArgumentException("the request is not a CMS SignedData");
    }
    if (!expectedType.getId().equals(signed.getSignedContentTypeOID())) {
      throw new IllegalArgumentException(
          "the request's content type is " + signed.getSignedContentTypeOID() + ", not " + expectedType);
    }
    if (signed.getSignedContent() == null) {
      throw new IllegalArgumentException("the request carries no content");
    }
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw new IllegalArgumentException("the request must have exactly one signer");
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> certs =
        signed.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
    if (certs.size() != 1) {
      throw new IllegalArgumentException("the request does not carry its signer's certificate");
    }
    X509CertificateHolder holder = certs.iterator().next();
    try {
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider).build(holder))) {
        throw new IllegalArgumentException("the request's signature does not verify");
      }
    } catch (OperatorCreationException | CMSException | CertificateException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("the request's signature does not verify");
    }
    AttributeTable attrs = signer.getSignedAttributes();
    Attribute time = attrs == null ? null : attrs.get(CMSAttributes.signingTime);
    if (time == null || time.getAttrValues().size() != 1) {
      throw new IllegalArgumentException("the request has no signingTime");
    }
    Instant signingTime = Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
    try {
      return new Opened(
          new JcaX509CertificateConverter().setProvider(provider).getCertificate(holder),
          (byte[]) signed.getSignedContent().getContent(),
          signingTime);
    } catch (CertificateException e) {
      throw new IllegalArgumentException("the signer's certificate cannot be read");
    }
  }
}
