package org.agentset.ca.app;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.agentset.ca.hierarchy.IssuedCertificate;
import org.agentset.ca.issue.PublicKeyHash;
import org.agentset.ca.issue.Serials;
import org.agentset.db.ca.CertificateRecord;

/** Conversions between certificates and CRLs and the records that store them. */
public final class CertificateRecords {

  private CertificateRecords() {}

  /** The record of a certificate the CA just issued. */
  public static CertificateRecord of(
      IssuedCertificate c, Instant issuedAt, String issuedBy, String ownerRef) {
    X509Certificate x = c.certificate();
    try {
      return new CertificateRecord(
          Serials.of(x.getSerialNumber()),
          x.getSubjectX500Principal().getName(),
          x.getIssuerX500Principal().getName(),
          c.profile().name(),
          x.getNotBefore().toInstant(),
          x.getNotAfter().toInstant(),
          PublicKeyHash.of(x.getPublicKey()),
          x.getEncoded(),
          c.issuer() == null ? null : c.issuer().id(),
          issuedAt,
          issuedBy,
          ownerRef);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("certificate without encoding", e);
    }
  }

  /** A stored certificate. */
  public static X509Certificate certificate(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("a stored certificate does not decode", e);
    }
  }

  /** A stored CRL. */
  public static X509CRL crl(byte[] der) {
    try {
      return (X509CRL)
          CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    } catch (CertificateException | CRLException e) {
      throw new IllegalStateException("a stored CRL does not decode", e);
    }
  }
}
