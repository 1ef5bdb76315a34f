package org.agentset.set.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * Shared test material: throwaway self-signed certificates (test code only; the real profiles are
 * in {@code org.agentset.set.cert}), signers and recipients over the fixed keys, and stand-in SET
 * values. PANData here is a stand-in with PANData's fields (PAN, expiry, PANSecret, EXNonce); the
 * real class is the message code's.
 */
final class Fixtures {

  static final Date NOT_BEFORE = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
  static final Date NOT_AFTER = Date.from(Instant.parse("2036-01-01T00:00:00Z"));

  private Fixtures() {}

  /** A self-signed certificate for {@code keys}, signed with {@code signingKeys}. */
  static X509CertificateHolder certificate(
      AlgorithmSuite suite, String name, KeyPair keys, KeyPair signingKeys, boolean signature) {
    try {
      X500Name subject = new X500Name("CN=" + name + ",O=AgentSET test");
      BigInteger serial = new BigInteger(1, name.getBytes(StandardCharsets.US_ASCII));
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              subject,
              serial,
              NOT_BEFORE,
              NOT_AFTER,
              subject,
              SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              signature
                  ? KeyUsage.digitalSignature
                  : KeyUsage.keyEncipherment | KeyUsage.keyAgreement));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          new SubjectKeyIdentifier(KeyIdentifiers.of(keys.getPublic())));
      return builder.build(suite.contentSigner(signingKeys.getPrivate()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code name}'s signature certificate, self-signed. */
  static X509CertificateHolder signingCertificate(AlgorithmSuite suite, String name) {
    KeyPair keys = TestKeys.signing(suite, name);
    return certificate(suite, name, keys, keys, true);
  }

  /** {@code name} as a signer named by its certificate. */
  static Signer signer(AlgorithmSuite suite, String name) {
    X509CertificateHolder certificate = signingCertificate(suite, name);
    return Signer.withCertificate(
        suite, TestKeys.signing(suite, name), certificate, List.of(certificate));
  }

  /** {@code name}'s key-exchange key with a certificate signed by alice. */
  static RecipientKey recipientKey(AlgorithmSuite suite, String name) {
    KeyPair keys = TestKeys.exchange(suite, name);
    return new RecipientKey(
        keys, certificate(suite, name, keys, TestKeys.signing(suite, "alice"), false));
  }

  /** A stand-in for a SET value {@code t}, e.g. OIData. */
  static ASN1Encodable value(String text) {
    return new DERSequence(new ASN1Encodable[] {new DERUTF8String(text), new ASN1Integer(4200)});
  }

  /** A stand-in PANData {PAN, CardExpiry, PANSecret, EXNonce}. */
  static ASN1Encodable panData(String pan, byte[] panSecret, byte[] exNonce) {
    return new DERSequence(
        new ASN1Encodable[] {
          new DERNumericString(pan), new DERNumericString("203012"),
          new DEROctetString(panSecret), new DEROctetString(exNonce)
        });
  }

  /** The PANData used across tests. */
  static ASN1Encodable panData() {
    return panData("4111111111111111", new byte[32], new byte[20]);
  }
}
