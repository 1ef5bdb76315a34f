package org.agentset.ans.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.agentset.ans.customer.AgentService;
import org.agentset.ans.customer.AgentStore;
import org.agentset.ans.customer.AgentView;
import org.agentset.ans.trust.AgentProblem;
import org.agentset.db.ans.AgentEvent;
import org.agentset.db.ans.TranscriptEntryRecord;

/**
 * {@code agent.xhtml?id=<agent>}: one agent as its customer follows it — lifecycle, mandate lines
 * with the selected offer and why, the order, the transcript, and the events as they happen (the
 * page subscribes to the agent's server-sent events). The agent id is the page's key: a random UUID
 * the wallet hands its customer.
 */
@Named
@ViewScoped
public class AgentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AgentService agents;
  @EJB private AgentStore store;

  private String id;
  private AgentView agent;
  private String revokeReason;

  public void load() {
    try {
      agent = agents.view(UUID.fromString(id == null ? "" : id.strip()));
    } catch (IllegalArgumentException | AgentProblem e) {
      agent = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  "No such agent",
                  "There is no agent "
                      + (id == null ? "" : id)
                      + " on this server. Check the link your wallet gave you."));
    }
  }

  public void revoke() {
    try {
      agent = agents.revoke(UUID.fromString(agent.agentId()), revokeReason);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  "Agent revoked",
                  "The agent has stopped; its key is destroyed."));
    } catch (RuntimeException e) {
      Throwable t = e;
      while (t.getCause() != null && !(t instanceof AgentProblem)) {
        t = t.getCause();
      }
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not revoked", t.getMessage()));
      load();
    }
  }

  public List<TranscriptEntryRecord> getTranscript() {
    return agent == null ? List.of() : store.transcript(UUID.fromString(agent.agentId()));
  }

  public List<AgentEvent> getEvents() {
    return agent == null ? List.of() : store.events(UUID.fromString(agent.agentId()), 0);
  }

  /** The CSS class of a lifecycle step: done, now, bad or nothing. */
  public String step(String step) {
    if (agent == null) {
      return "";
    }
    List<String> order = List.of("CREATED", "NEGOTIATING", "AWAITING_PAYMENT", "PAID");
    String s = agent.state();
    int here = order.indexOf(s);
    int at = order.indexOf(step);
    if (here < 0) {
      return "END".equals(step) ? "bad" : "";
    }
    if (at < here || "PAID".equals(s) && at == here) {
      return "done";
    }
    return at == here ? "now" : "";
  }

  public boolean isLive() {
    return agent != null
        && List.of("CREATED", "NEGOTIATING", "AWAITING_PAYMENT").contains(agent.state());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AgentView getAgent() {
    return agent;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public String money(long minor) {
    return org.agentset.ans.negotiation.Money.decimal(minor);
  }
}
