package org.agentset.set.cert;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Builds certificates that the issuer would refuse to sign: a valid certificate changed by {@code
 * change} and re-signed with any key, so each validation rule can be shown to fail.
 */
final class Forge {

  private Forge() {}

  @FunctionalInterface
  interface Change {
    void apply(X509v3CertificateBuilder b) throws Exception;
  }

  static X509Certificate modify(X509Certificate cert, PrivateKey signer, Change change) {
    try {
      X509v3CertificateBuilder b =
          new X509v3CertificateBuilder(new X509CertificateHolder(cert.getEncoded()));
      change.apply(b);
      return new JcaX509CertificateConverter()
          .setProvider(TestKeys.BC)
          .getCertificate(
              b.build(
                  SignatureScheme.forKeyAlgorithm(signer.getAlgorithm())
                      .signer(signer, TestKeys.BC)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Re-signs {@code cert} as if issued by {@code issuer} (name, AKI, key), profile rules ignored.
   */
  static X509Certificate reissue(X509Certificate cert, CaCredential issuer) {
    return reissue(cert, issuer, null);
  }

  /** Same, certifying {@code newKey} instead of the original key when it is not null. */
  static X509Certificate reissue(
      X509Certificate cert, CaCredential issuer, java.security.PublicKey newKey) {
    try {
      X509CertificateHolder h = new X509CertificateHolder(cert.getEncoded());
      X509v3CertificateBuilder b =
          new X509v3CertificateBuilder(
              X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
              h.getSerialNumber(),
              h.getNotBefore(),
              h.getNotAfter(),
              h.getSubject(),
              newKey == null
                  ? h.getSubjectPublicKeyInfo()
                  : org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
                      newKey.getEncoded()));
      for (Object o : h.getExtensionOIDs()) {
        var oid = (org.bouncycastle.asn1.ASN1ObjectIdentifier) o;
        if (!oid.equals(org.bouncycastle.asn1.x509.Extension.authorityKeyIdentifier)) {
          b.addExtension(h.getExtension(oid));
        }
      }
      b.addExtension(
          org.bouncycastle.asn1.x509.Extension.authorityKeyIdentifier,
          false,
          new org.bouncycastle.asn1.x509.AuthorityKeyIdentifier(
              SetCertificateInfo.of(issuer.certificate()).subjectKeyId()));
      return new JcaX509CertificateConverter()
          .setProvider(TestKeys.BC)
          .getCertificate(b.build(issuer.scheme().signer(issuer.privateKey(), TestKeys.BC)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
