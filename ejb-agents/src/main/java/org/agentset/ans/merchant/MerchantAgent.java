package org.agentset.ans.merchant;

import jakarta.ejb.Local;
import java.util.List;
import org.agentset.ans.negotiation.CallForProposals;
import org.agentset.ans.negotiation.MerchantParty;
import org.agentset.ans.negotiation.Offer;

/**
 * A merchant agent: acts for one merchant of the merchant server in one conversation with a
 * customer agent — presents the merchant's listings, bargains within the merchant's floors, and has
 * the merchant server open the order for agreed terms (step I).
 */
@Local
public interface MerchantAgent {

  /** Binds the agent to a merchant this server acts for. */
  void open(String merchant);

  String merchant();

  /** Proposals for a call, from the merchant's current catalogue. */
  List<Offer> propose(CallForProposals call);

  /** Answers a customer agent's bid. */
  MerchantParty.Reply respond(Offer bid, int round, int rounds);

  /** Step I: the merchant server opens the order for agreed terms. */
  MerchantApi.CreatedOrder createOrder(
      Offer agreed, String callbackUrl, String agreementRef, String idempotencyKey);

  /** The order as the merchant server has it now. */
  MerchantApi.CreatedOrder order(String orderId);

  /** Ends the conversation. */
  void end();
}
