package org.agentset.ca.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agentset.ca.app.CertificateQueries;
import org.agentset.ca.audit.AuditChain;
import org.agentset.db.ca.AuditEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail, newest first, filtered by operator or action, and the check of its hash chain
 * on demand (it reads every entry, so it is a button rather than part of every page view).
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateQueries queries;

  private String actor;
  private String action;
  private String integrity;
  private boolean intact;

  private final LazyDataModel<AuditEvent> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queries.auditCount(blank(actor), blank(action));
        }

        @Override
        public List<AuditEvent> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return queries.audit(blank(actor), blank(action), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent e) {
          return String.valueOf(e.getId());
        }
      };

  /** Verifies the whole chain and reports the outcome on the page. */
  public void verify() {
    List<AuditChain.Stored> stored = new ArrayList<>();
    for (AuditEvent e : queries.auditInOrder()) {
      stored.add(
          new AuditChain.Stored(
              e.getId(),
              new AuditChain.Entry(
                  e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getOrigin(),
                  e.getDetail(), e.getOutcome()),
              e.getPrevHash(),
              e.getHash()));
    }
    Optional<Long> broken = AuditChain.firstBroken(AuditChain.GENESIS, stored);
    intact = broken.isEmpty();
    integrity =
        intact
            ? "Intact: all " + stored.size() + " entries chain correctly from the first."
            : "BROKEN at entry " + broken.get() + ": an entry was changed, removed or reordered.";
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  public List<String> getActions() {
    return List.of(
        "SIGN_IN", "SIGN_OUT", "ISSUE", "REVOKE", "HIERARCHY_CREATED", "ACQUIRER_DECISION");
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getIntegrity() {
    return integrity;
  }

  public boolean isIntact() {
    return intact;
  }
}
