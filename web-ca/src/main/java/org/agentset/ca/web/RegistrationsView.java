package org.agentset.ca.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.agentset.ca.app.AuditTrail;
import org.agentset.ca.app.CaOperationException;
import org.agentset.ca.comm.RegistrationLog;
import org.agentset.ca.reg.AcquirerRegistrations;
import org.agentset.db.ca.RegistrationRequest;

/**
 * The registration transactions: the acquirer registrations of merchants and gateways (with the
 * acquirer's decision on those under review, for administrators) and the newest certificate
 * requests that reached the CA over a protocol (SET registration at {@code /ca/set}, communication
 * certificates), with their outcome.
 */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many requests the page lists. */
  static final int SHOWN = 200;

  @EJB private RegistrationLog log;

  @EJB private AcquirerRegistrations acquirers;

  @EJB private AuditTrail audit;

  @Inject private ConsoleSession session;

  private List<RegistrationRequest> requests;
  private List<AcquirerRegistrations.Row> registrations;

  @PostConstruct
  void load() {
    requests = log.recent(SHOWN);
    registrations = acquirers.all();
  }

  /** Approves the registration {@code reference} (under review). */
  public void approve(String reference) {
    decide(reference, "ACTIVE", "approved");
  }

  /** Rejects the registration {@code reference} (under review). */
  public void reject(String reference) {
    decide(reference, "REJECTED", "rejected");
  }

  private void decide(String reference, String status, String verb) {
    String origin =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getRemoteAddr();
    try {
      acquirers.decide(reference, status, origin);
      Messages.info(
          "Registration " + verb,
          reference
              + " is "
              + status
              + "; its pending certificate requests are answered at their next inquiry.");
    } catch (CaOperationException e) {
      Messages.error("Not changed", e.getMessage());
    } catch (EJBAccessException e) {
      audit.recordApart(
          session.getUsername(),
          "ACQUIRER_DECISION",
          reference,
          origin,
          "refused: the operator lacks the ca-admin role (console)",
          AuditTrail.REFUSED);
      Messages.error("Not allowed", "Only a CA administrator may decide registrations.");
    }
    load();
  }

  public List<RegistrationRequest> getRequests() {
    return requests;
  }

  public List<AcquirerRegistrations.Row> getRegistrations() {
    return registrations;
  }

  public int getShown() {
    return SHOWN;
  }
}
