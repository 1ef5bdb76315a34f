package org.agentset.ca.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.agentset.ca.comm.RegistrationLog;
import org.agentset.db.ca.RegistrationRequest;

/**
 * The registration transactions: the newest certificate requests that reached the CA over a
 * protocol (SET registration at {@code /ca/set}, communication certificates), with their outcome.
 */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many requests the page lists. */
  static final int SHOWN = 200;

  @EJB private RegistrationLog log;

  private List<RegistrationRequest> requests;

  @PostConstruct
  void load() {
    requests = log.recent(SHOWN);
  }

  public List<RegistrationRequest> getRequests() {
    return requests;
  }

  public int getShown() {
    return SHOWN;
  }
}
