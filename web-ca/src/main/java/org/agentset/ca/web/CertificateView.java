package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.app.CertificateRecords;
import org.agentset.ca.present.ExtensionDescriber;
import org.agentset.db.ca.CertificateRecord;

/**
 * One certificate: its record, its fields and every extension decoded. Offers revocation (a link
 * to the revocation page) only to administrators, and only for revocable certificates.
 */
@Named
@ViewScoped
public class CertificateView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateQueries queries;

  private String serial;
  private CertificateRecord record;
  private List<ExtensionDescriber.Row> extensions;
  private String signatureAlgorithm;
  private String publicKey;
  private String fingerprint;

  /** Loads the certificate named by the {@code serial} view parameter. */
  public void load() {
    record = queries.bySerial(serial).orElse(null);
    if (record == null) {
      return;
    }
    X509Certificate cert = CertificateRecords.certificate(record.getDer());
    extensions = ExtensionDescriber.describe(cert);
    signatureAlgorithm = cert.getSigAlgName();
    publicKey = describeKey(cert);
    try {
      fingerprint =
          ExtensionDescriber.colons(
              java.security.MessageDigest.getInstance("SHA-256").digest(record.getDer()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describeKey(X509Certificate cert) {
    var key = cert.getPublicKey();
    if (key instanceof java.security.interfaces.ECPublicKey ec) {
      return "EC P-" + ec.getParams().getCurve().getField().getFieldSize();
    }
    if (key instanceof java.security.interfaces.RSAPublicKey rsa) {
      return "RSA " + rsa.getModulus().bitLength() + " bits";
    }
    return key.getAlgorithm();
  }

  /** Whether this certificate may be revoked from the console (issued to an end entity, valid). */
  public boolean isRevocable() {
    return record != null && !record.isRevoked() && !"hierarchy".equals(record.getIssuedBy());
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public CertificateRecord getRecord() {
    return record;
  }

  public List<ExtensionDescriber.Row> getExtensions() {
    return extensions;
  }

  public String getSignatureAlgorithm() {
    return signatureAlgorithm;
  }

  public String getPublicKey() {
    return publicKey;
  }

  public String getFingerprint() {
    return fingerprint;
  }
}
