package org.agentset.set.sai;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import org.agentset.set.asn1.der.Der;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.agentset.set.asn1.sai.PaymentStart;
import org.agentset.set.asn1.sai.SaiObjectIdentifiers;
import org.agentset.set.crypto.AlgorithmSuite;
import org.agentset.set.crypto.Signer;
import org.agentset.set.crypto.suite.RsaSuite;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;

/**
 * The payment start on the SAI channel (DESIGN §3 Step I, §7): the customer agent signs a {@link
 * PaymentStart} (CMS SignedData, content type {@link SaiObjectIdentifiers#PAYMENT_START}, signed
 * attributes signingTime and a 128-bit {@link SaiObjectIdentifiers#SAI_NONCE}, carrying the agent's
 * certificate chain), and seals the DER ContentInfo of that SignedData in a CMS AuthEnvelopedData
 * (RFC 5083, AES-256-GCM, outer content type {@code id-data}, no authAttrs) to the wallet's
 * communication certificate: key transport with RSAES-OAEP-SHA256 for an RSA key, ephemeral-static
 * ECDH ({@code dhSinglePass-stdDH-sha256kdf-scheme}, AES-256 key wrap) for an EC key. Bouncy
 * Castle's CMS writes and reads it; OpenSSL's {@code cms -decrypt} then {@code cms -verify} open
 * and verify it given the wallet's key and the CA's root (see the interop test).
 *
 * <p>The wallet {@link #open}s with its key, finds the agent's certificate among the carried ones,
 * validates it (path, revocation, that this wallet created the agent), then {@link #verify}s;
 * freshness, replay, token and mandate are its own checks after that.
 *
 * <p>Only RSA and EC communication keys are supported (the pq-hybrid suite's composite keys have no
 * standard CMS recipient info).
 */
public final class PaymentStarts {

  /** Length of the SAI nonce in bytes (128 bits). */
  public static final int NONCE_LENGTH = 16;

  /** Largest envelope {@link #open} reads. */
  public static final int MAX_BYTES = 64 * 1024;

  private final AlgorithmSuite suite;
  private final Provider provider;
  private final SecureRandom random;
  private final Clock clock;

  /**
   * @param suite the suite of the communication certificates (the CA's)
   * @param provider the Bouncy Castle provider object (never registered globally)
   * @param random for the content key, the ephemeral EC key and the nonce
   * @param clock for the signing time
   */
  public PaymentStarts(AlgorithmSuite suite, Provider provider, SecureRandom random, Clock clock) {
    this.suite = Objects.requireNonNull(suite, "suite");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The agent's side: signs {@code start} with {@code agent} (its communication certificate and
   * chain) and seals it to {@code walletCertificate}. Returns the DER ContentInfo of the
   * AuthEnvelopedData.
   */
  public byte[] seal(Signer agent, PaymentStart start, X509CertificateHolder walletCertificate)
      throws SaiException {
    byte[] nonce = new byte[NONCE_LENGTH];
    random.nextBytes(nonce);
    byte[] signed =
        SaiSigning.sign(
            agent, SaiObjectIdentifiers.PAYMENT_START, Der.encode(start), clock.instant(), nonce);
    return envelope(signed, walletCertificate);
  }

  /**
   * The wallet's certificate must let its key receive the session key — keyAgreement for EC (ECDH),
   * keyEncipherment for RSA (key transport) — when it has a keyUsage at all (RFC 5280 §4.2.1.3). A
   * signature-only certificate (a cardholder's, an agent's) is refused.
   */
  private static void checkKeyUsage(X509Certificate cert, PublicKey key) throws SaiException {
    boolean[] usage = cert.getKeyUsage();
    if (usage == null) {
      return;
    }
    int bit = key instanceof RSAPublicKey ? 2 : 4; // keyEncipherment : keyAgreement
    if (usage.length <= bit || !usage[bit]) {
      throw new SaiException(
          SaiException.Reason.UNSUPPORTED,
          "walletCertificate.keyUsage ("
              + (bit == 2 ? "keyEncipherment" : "keyAgreement")
              + " not allowed)");
    }
  }

  /** Seals already signed bytes; separate so tests can seal forged or mis-signed content. */
  byte[] envelope(byte[] plaintext, X509CertificateHolder walletCertificate) throws SaiException {
    try {
      X509Certificate cert =
          new JcaX509CertificateConverter().setProvider(provider).getCertificate(walletCertificate);
      PublicKey key = cert.getPublicKey();
      checkKeyUsage(cert, key);
      CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
      if (key instanceof RSAPublicKey) {
        generator.addRecipientInfoGenerator(
            new JceKeyTransRecipientInfoGenerator(cert, oaep()).setProvider(provider));
      } else if (key instanceof ECPublicKey ec) {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", provider);
        g.initialize(ec.getParams(), random);
        KeyPair ephemeral = g.generateKeyPair();
        generator.addRecipientInfoGenerator(
            new JceKeyAgreeRecipientInfoGenerator(
                    CMSAlgorithm.ECDH_SHA256KDF,
                    ephemeral.getPrivate(),
                    ephemeral.getPublic(),
                    CMSAlgorithm.AES256_WRAP)
                .addRecipient(cert)
                .setProvider(provider)
                .setSecureRandom(random));
      } else {
        throw new SaiException(SaiException.Reason.UNSUPPORTED, "walletCertificate.key");
      }
      OutputAEADEncryptor encryptor =
          (OutputAEADEncryptor)
              new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                  .setProvider(provider)
                  .setSecureRandom(random)
                  .build();
      return Der.encode(
          generator.generate(new CMSProcessableByteArray(plaintext), encryptor).toASN1Structure());
    } catch (GeneralSecurityException | CMSException e) {
      throw new SaiException(SaiException.Reason.UNSUPPORTED, "walletCertificate", e);
    }
  }

  /**
   * The wallet's side, first step: opens the envelope with the wallet's communication key and reads
   * the SignedData inside, unverified.
   *
   * @throws SaiException {@code MALFORMED}, {@code UNSUPPORTED} (another cipher, more than one
   *     recipient, authenticated attributes), {@code WRONG_RECIPIENT}, {@code DECRYPTION_FAILED}
   */
  public SaiSignedContent open(
      byte[] envelope, PrivateKey walletKey, X509CertificateHolder walletCertificate)
      throws SaiException {
    ContentInfo info;
    try {
      ASN1Primitive p =
          StrictDer.parse(envelope, new DerLimits(MAX_BYTES, DerLimits.DEFAULT.maxDepth()));
      info = ContentInfo.getInstance(p);
    } catch (SetDecodingException e) {
      throw new SaiException(SaiException.Reason.MALFORMED, "ContentInfo", e);
    } catch (RuntimeException e) {
      throw new SaiException(SaiException.Reason.MALFORMED, "ContentInfo", e);
    }
    if (!CMSObjectIdentifiers.authEnvelopedData.equals(info.getContentType())) {
      throw new SaiException(SaiException.Reason.MALFORMED, "ContentInfo.contentType");
    }
    CMSAuthEnvelopedData data;
    try {
      data = new CMSAuthEnvelopedData(info);
    } catch (CMSException | RuntimeException e) {
      throw new SaiException(SaiException.Reason.MALFORMED, "AuthEnvelopedData", e);
    }
    if (!CMSAlgorithm.AES256_GCM.getId().equals(data.getEncryptionAlgOID())) {
      throw new SaiException(
          SaiException.Reason.UNSUPPORTED, "AuthEnvelopedData.contentEncryptionAlgorithm");
    }
    if (data.getAuthAttrs() != null || data.getUnauthAttrs() != null) {
      throw new SaiException(SaiException.Reason.UNSUPPORTED, "AuthEnvelopedData.authAttrs");
    }
    Collection<RecipientInformation> recipients = data.getRecipientInfos().getRecipients();
    if (recipients.size() != 1) {
      throw new SaiException(SaiException.Reason.UNSUPPORTED, "AuthEnvelopedData.recipientInfos");
    }
    RecipientInformation recipient = recipients.iterator().next();
    if (!recipient.getRID().match(walletCertificate)) {
      throw new SaiException(SaiException.Reason.WRONG_RECIPIENT, "RecipientInfo.rid");
    }
    byte[] plaintext;
    try {
      plaintext = recipient.getContent(opener(recipient, walletKey));
    } catch (CMSException | RuntimeException e) {
      throw new SaiException(SaiException.Reason.DECRYPTION_FAILED, "AuthEnvelopedData", e);
    }
    return SaiSignedContent.read(plaintext, SaiObjectIdentifiers.PAYMENT_START);
  }

  private Recipient opener(RecipientInformation recipient, PrivateKey key) throws SaiException {
    if (recipient instanceof KeyTransRecipientInformation ktri && key instanceof RSAPrivateKey) {
      if (!(suite instanceof RsaSuite rsa)
          || !rsa.isKeyTransportAlgorithm(
              AlgorithmIdentifier.getInstance(ktri.getKeyEncryptionAlgorithm()))) {
        throw new SaiException(
            SaiException.Reason.UNSUPPORTED, "KeyTransRecipientInfo.keyEncryptionAlgorithm");
      }
      return new JceKeyTransAuthEnvelopedRecipient(key).setProvider(provider);
    }
    if (recipient instanceof KeyAgreeRecipientInformation kari
        && key.getAlgorithm().startsWith("EC")) {
      if (!CMSAlgorithm.ECDH_SHA256KDF.getId().equals(kari.getKeyEncryptionAlgOID())) {
        throw new SaiException(
            SaiException.Reason.UNSUPPORTED, "KeyAgreeRecipientInfo.keyEncryptionAlgorithm");
      }
      return new JceKeyAgreeAuthEnvelopedRecipient(key).setProvider(provider);
    }
    throw new SaiException(SaiException.Reason.UNSUPPORTED, "RecipientInfo");
  }

  /**
   * The wallet's side, second step: verifies the agent's signature with {@code agentCertificate}
   * (found among {@link SaiSignedContent#certificates()} and validated by the caller) and returns
   * the content with its signed time and nonce.
   *
   * @throws SaiException {@code BAD_SIGNATURE}, {@code MISSING_ATTRIBUTE} (no signing time or
   *     nonce), {@code MALFORMED} content
   */
  public VerifiedPaymentStart verify(
      SaiSignedContent signed, X509CertificateHolder agentCertificate) throws SaiException {
    byte[] content = signed.verify(suite, agentCertificate);
    var time =
        signed
            .signingTime()
            .orElseThrow(
                () ->
                    new SaiException(
                        SaiException.Reason.MISSING_ATTRIBUTE, "signedAttrs.signingTime"));
    byte[] nonce =
        signed
            .nonce(NONCE_LENGTH)
            .orElseThrow(
                () ->
                    new SaiException(
                        SaiException.Reason.MISSING_ATTRIBUTE, "signedAttrs.saiNonce"));
    PaymentStart start;
    try {
      start = PaymentStart.getInstance(content);
    } catch (SetDecodingException e) {
      throw SaiException.of(e);
    }
    return new VerifiedPaymentStart(start, time, nonce, agentCertificate);
  }

  private AlgorithmIdentifier oaep() throws SaiException {
    if (suite instanceof RsaSuite rsa) {
      return rsa.keyTransportAlgorithm();
    }
    throw new SaiException(SaiException.Reason.UNSUPPORTED, "walletCertificate.key");
  }
}
