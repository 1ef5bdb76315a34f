package org.agentset.set.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * How a signer or recipient is named in CMS: by the issuer and serial number of its certificate
 * when there is one (SET's way), otherwise by a key identifier computed from the public key as in
 * RFC 7093 method 1 (the leftmost 160 bits of SHA-256 of the subjectPublicKey bits), used before a
 * certificate exists (e.g. the proof-of-possession signature in CertReq).
 */
public final class KeyIdentifiers {

  private KeyIdentifiers() {}

  /** The RFC 7093 method 1 key identifier of {@code key}. */
  public static byte[] of(PublicKey key) {
    byte[] bits = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bits), 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** The recipient identifier naming {@code certificate}, or {@code key} if it is null. */
  static RecipientIdentifier recipientId(X509CertificateHolder certificate, PublicKey key) {
    if (certificate != null) {
      return new RecipientIdentifier(
          new IssuerAndSerialNumber(certificate.getIssuer(), certificate.getSerialNumber()));
    }
    return new RecipientIdentifier(new DEROctetString(of(key)));
  }
}
