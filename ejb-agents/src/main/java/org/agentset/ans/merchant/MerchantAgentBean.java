package org.agentset.ans.merchant;

import jakarta.ejb.EJB;
import jakarta.ejb.Remove;
import jakarta.ejb.Stateful;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agentset.ans.infra.AnsRuntime;
import org.agentset.ans.negotiation.CallForProposals;
import org.agentset.ans.negotiation.Listing;
import org.agentset.ans.negotiation.MerchantParty;
import org.agentset.ans.negotiation.MerchantSide;
import org.agentset.ans.negotiation.MerchantStrategy;
import org.agentset.ans.negotiation.Offer;
import org.agentset.ans.trust.AgentProblem;

/**
 * The stateful bean behind {@link MerchantAgent}. Its conversational state is the merchant's code
 * and the listings it presented in this conversation (a few small records), so it passivates
 * cheaply; the bargaining policy is {@link MerchantSide}'s. An order is only ever asked for terms
 * this agent agreed to (never below a floor it read).
 */
@Stateful
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class MerchantAgentBean implements MerchantAgent {

  @EJB private AnsRuntime runtime;

  private String merchant;
  private final LinkedHashMap<String, Listing> listings = new LinkedHashMap<>();
  private final java.util.HashSet<Offer> standing = new java.util.HashSet<>();

  @Override
  public void open(String code) {
    if (runtime.settings().merchantToken(code) == null) {
      throw new AgentProblem(
          "unknown-merchant", 404, "This agent server does not act for " + code + ".");
    }
    this.merchant = code;
  }

  @Override
  public String merchant() {
    return merchant;
  }

  @Override
  public List<Offer> propose(CallForProposals call) {
    for (Listing l : api().catalogue(call.request().query(), call.request().category())) {
      listings.put(l.sku(), l);
    }
    List<Offer> proposals = side().propose(call);
    standing.addAll(proposals);
    return proposals;
  }

  @Override
  public MerchantParty.Reply respond(Offer bid, int round, int rounds) {
    MerchantParty.Reply reply = side().respond(bid, round, rounds);
    if (reply.kind() != MerchantParty.Reply.Kind.WITHDRAW) {
      standing.add(reply.offer());
    }
    return reply;
  }

  /**
   * Terms this agent stood by in this conversation (a proposal, an ask, an accepted bid) are
   * ordered as they are. Terms from an earlier conversation (a fallback after a decline, a resumed
   * agent) are checked against the merchant's current listing: in stock, at or above the floor, at
   * most the list price.
   */
  @Override
  public MerchantApi.CreatedOrder createOrder(
      Offer terms, String callbackUrl, String agreementRef, String idempotencyKey) {
    if (!terms.merchant().equals(merchant)) {
      throw new AgentProblem(
          "not-agreed", 409, "These terms are " + terms.merchant() + "'s, not " + merchant + "'s.");
    }
    if (!standing.contains(terms)) {
      Listing l =
          api().catalogue("", "").stream()
              .filter(x -> x.sku().equals(terms.sku()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AgentProblem(
                          "not-agreed", 409, merchant + " no longer lists " + terms.sku() + "."));
      if (terms.unitPriceMinor() < l.floorPriceMinor()
          || terms.unitPriceMinor() > l.askFor(terms.quantity())
          || l.stock() < terms.quantity()) {
        throw new AgentProblem(
            "not-agreed", 409, merchant + "'s agent no longer stands by " + terms.describe() + ".");
      }
    }
    return api().createOrder(terms, callbackUrl, agreementRef, idempotencyKey);
  }

  @Override
  public MerchantApi.CreatedOrder order(String orderId) {
    return api().order(orderId);
  }

  private MerchantSide side() {
    if (merchant == null) {
      throw new IllegalStateException("the merchant agent is not open");
    }
    return new MerchantSide(merchant, new ArrayList<>(listings.values()), MerchantStrategy.LINEAR);
  }

  private MerchantApi api() {
    return new MerchantApi(
        runtime.settings().merchantUrl(), merchant, runtime.settings().merchantToken(merchant));
  }

  /** For tests of passivation size: what this conversation holds. */
  Map<String, Listing> listings() {
    return listings;
  }

  @Remove
  @Override
  public void end() {
    listings.clear();
    standing.clear();
  }
}
