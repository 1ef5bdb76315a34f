package org.agentset.ans.negotiation;

import java.util.List;

/**
 * A merchant agent as the customer side meets it. Implemented by {@link MerchantSide} over a
 * merchant's listings; the agent server feeds it the listings its merchant server publishes.
 */
public interface MerchantParty {

  /** The merchant's code. */
  String merchant();

  /** Opening proposals for a call (one per matching listing in stock), or none. */
  List<Offer> propose(CallForProposals call);

  /**
   * Answers the customer's {@code bid} in bargaining round {@code round} of {@code rounds}: accept
   * it, counter with a new ask, or withdraw.
   */
  Reply respond(Offer bid, int round, int rounds);

  /** A merchant's answer to a bid. */
  record Reply(Kind kind, Offer offer, String reason) {

    /** What the merchant did. */
    public enum Kind {
      ACCEPT,
      COUNTER,
      WITHDRAW
    }

    public static Reply accept(Offer bid) {
      return new Reply(Kind.ACCEPT, bid, "accepted");
    }

    public static Reply counter(Offer ask) {
      return new Reply(Kind.COUNTER, ask, "counter-offer");
    }

    public static Reply withdraw(Offer last, String reason) {
      return new Reply(Kind.WITHDRAW, last, reason);
    }
  }
}
