package org.agentset.set.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.asn1.cert.StrictDer;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * SET's thumbprint of a certificate, CRL or BrandCRLIdentifier: a digest of its DER encoding, used
 * in {@code Thumbs}, {@code MThumbs}, {@code peThumb} and {@code EEThumb} so a responder can leave
 * out what the requester already holds. SET 1.0 used SHA-1; AgentSET uses SHA-256 (SET-PROTOCOL.md
 * §4.2) and says so in {@link #algorithm()}.
 */
public final class Thumbprint {

  private static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

  private final byte[] value;

  private Thumbprint(byte[] value) {
    this.value = value;
  }

  /** The thumbprint of a certificate. */
  public static Thumbprint of(X509Certificate certificate) {
    try {
      return ofDer(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate has no encoding", e);
    }
  }

  /** The thumbprint of a CRL. */
  public static Thumbprint of(X509CRL crl) {
    try {
      return ofDer(crl.getEncoded());
    } catch (CRLException e) {
      throw new IllegalArgumentException("CRL has no encoding", e);
    }
  }

  /** The thumbprint of a BrandCRLIdentifier. */
  public static Thumbprint of(BrandCRLIdentifier bci) {
    return ofDer(StrictDer.encode(bci));
  }

  /** The thumbprint of any DER encoding. */
  public static Thumbprint ofDer(byte[] der) {
    try {
      return new Thumbprint(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }

  /** A thumbprint received in a message; must be 32 bytes. */
  public static Thumbprint fromBytes(byte[] value) {
    if (value == null || value.length != 32) {
      throw new IllegalArgumentException("a SHA-256 thumbprint is 32 bytes");
    }
    return new Thumbprint(value.clone());
  }

  /** The digest algorithm (SHA-256, parameters absent). */
  public static AlgorithmIdentifier algorithm() {
    return SHA256;
  }

  public byte[] bytes() {
    return value.clone();
  }

  /** Whether this thumbprint identifies {@code certificate}. */
  public boolean identifies(X509Certificate certificate) {
    return MessageDigest.isEqual(value, of(certificate).value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Thumbprint t && Arrays.equals(value, t.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return HexFormat.of().formatHex(value);
  }
}
