package org.agentset.ans.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.agentset.ans.customer.AgentService;
import org.agentset.ans.customer.AgentView;

/** {@code operator.xhtml}: every agent on the server, by state, refreshed every few seconds. */
@Named
@ViewScoped
public class OperatorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AgentService agents;

  private List<AgentView> list = List.of();
  private Map<String, Long> counts = Map.of();
  private String state = "";

  public void load() {
    counts = agents.statistics();
    List<AgentView> all = agents.views(null, 300);
    list =
        state == null || state.isBlank()
            ? all
            : all.stream().filter(a -> a.state().equals(state)).toList();
  }

  public List<AgentView> getList() {
    return list;
  }

  public Map<String, Long> getCounts() {
    return counts;
  }

  public List<String> getStates() {
    return List.of(
        "CREATED",
        "NEGOTIATING",
        "AWAITING_PAYMENT",
        "PAID",
        "DECLINED",
        "EXPIRED",
        "REVOKED",
        "FAILED");
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
