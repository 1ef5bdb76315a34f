package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.agentset.ca.app.AuditTrail;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.app.RevocationService;
import org.agentset.ca.status.RevocationReason;
import org.agentset.db.ca.CertificateRecord;

/**
 * Revoking one certificate: the administrator picks a reason, confirms that revocation is final,
 * and confirms again in a dialog. {@link RevocationService} checks the role once more; a refusal
 * there (an auditor who reached this page some other way) is shown and audited.
 */
@Named
@ViewScoped
public class RevokeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateQueries queries;

  @EJB private RevocationService revocation;

  @EJB private AuditTrail audit;

  @Inject private ConsoleSession session;

  private String serial;
  private CertificateRecord record;
  private RevocationReason reason;
  private boolean understood;

  public void load() {
    record = queries.bySerial(serial).orElse(null);
  }

  public String revoke() {
    if (!understood) {
      Messages.error("Not revoked", "Confirm that you understand revocation cannot be undone.");
      return null;
    }
    try {
      CertificateRecord revoked = revocation.revoke(serial, reason, session.origin());
      Messages.info(
          "Certificate revoked",
          "Serial "
              + revoked.getSerialHex()
              + " is revoked ("
              + reason.label()
              + "). The new CRL and OCSP answers already say so.");
      return "/admin/certificate.xhtml?faces-redirect=true&serial=" + revoked.getSerialHex();
    } catch (CaOperationException e) {
      Messages.error("Not revoked", e.getMessage());
      return null;
    } catch (EJBAccessException e) {
      audit.recordApart(
          session.getUsername(),
          "REVOKE",
          serial,
          session.origin(),
          "refused: the operator lacks the ca-admin role (console)",
          AuditTrail.REFUSED);
      Messages.error("Not allowed", "Only a CA administrator may revoke certificates.");
      return null;
    }
  }

  public List<RevocationReason> getReasons() {
    return List.of(RevocationReason.values());
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

  public RevocationReason getReason() {
    return reason;
  }

  public void setReason(RevocationReason reason) {
    this.reason = reason;
  }

  public boolean isUnderstood() {
    return understood;
  }

  public void setUnderstood(boolean understood) {
    this.understood = understood;
  }
}
