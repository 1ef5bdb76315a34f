package org.agentset.ans.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.agentset.ans.customer.AgentService;
import org.agentset.ans.customer.AgentView;

/**
 * {@code customer.xhtml?wallet=<hash>}: every agent one wallet created, refreshed every few seconds
 * while any is still working. The key is the SHA-256 of the wallet's communication certificate,
 * which only the wallet (and this server) knows to put in the link.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AgentService agents;

  private String wallet;
  private List<AgentView> list = List.of();

  public void load() {
    list =
        wallet == null || !wallet.matches("[0-9a-f]{64}")
            ? List.of()
            : agents.viewsOfWallet(wallet, 100);
  }

  public boolean isAnyLive() {
    return list.stream()
        .anyMatch(a -> List.of("CREATED", "NEGOTIATING", "AWAITING_PAYMENT").contains(a.state()));
  }

  /** Progress of an agent through its life, 0..100, for the progress bar. */
  public int progress(AgentView a) {
    return switch (a.state()) {
      case "CREATED" -> 10;
      case "NEGOTIATING" -> 40;
      case "AWAITING_PAYMENT" -> 75;
      default -> 100;
    };
  }

  public String getWallet() {
    return wallet;
  }

  public void setWallet(String wallet) {
    this.wallet = wallet;
  }

  public List<AgentView> getList() {
    return list;
  }
}
