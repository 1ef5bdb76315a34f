package org.agentset.wallet.agents;

import java.util.Objects;

/**
 * Why the wallet refused a payment start: a stable code the agent server receives, and a sentence
 * the customer reads in the wallet. Neither carries a key, a token or a card number.
 *
 * @param reason the reason
 * @param detail a sentence about this case (may name the agent, merchant, amount, limit)
 */
public record Refusal(Reason reason, String detail) {

  /** Why a payment start was refused. */
  public enum Reason {
    /** The envelope could not be read or opened with the wallet's key. */
    UNREADABLE("unreadable", "The payment start could not be opened with this wallet's key."),
    /** The signer's certificate does not chain to the CA, is expired or is revoked. */
    AGENT_CERTIFICATE("agent-certificate", "The agent's certificate is not valid."),
    /** The certificate is valid but not one of this wallet's agents. */
    UNKNOWN_AGENT("unknown-agent", "The payment start is not from an agent this wallet created."),
    /** The signature does not verify. */
    BAD_SIGNATURE("bad-signature", "The agent's signature does not verify."),
    /** Signed too long ago, or too far in the future. */
    STALE("stale", "The payment start is not fresh."),
    /** Its nonce was seen before. */
    REPLAYED("replayed", "This payment start was already received (replay)."),
    /** The customer revoked the agent. */
    AGENT_REVOKED("agent-revoked", "You revoked this agent."),
    /** Another mandate, or a slot the mandate does not have. */
    WRONG_MANDATE("wrong-mandate", "The payment start names another mandate or item."),
    /** K for this item was destroyed (revoked, or the item already paid). */
    KEY_DESTROYED(
        "key-destroyed", "The key for this item no longer exists (revoked or already paid)."),
    /** A payment for this item is already waiting for confirmation or being paid. */
    ITEM_IN_PROGRESS("item-in-progress", "A payment for this item is already under way."),
    /** The sealed token does not open with K under the mandate's terms. */
    TOKEN_INVALID("token-invalid", "The authorisation token does not open with this item's key."),
    /** The merchant's SET initiation is not validly signed, or disagrees with the request. */
    INITIATION_INVALID("initiation-invalid", "The merchant's order is not validly signed."),
    /** The merchant's offer has expired. */
    INITIATION_EXPIRED("initiation-expired", "The merchant's order has expired."),
    /** Outside the mandate's time. */
    OUTSIDE_MANDATE_TIME(
        "mandate-time", "The mandate's deadline has passed (or it has not begun)."),
    /** A merchant the mandate does not allow. */
    MERCHANT_NOT_ALLOWED("merchant-not-allowed", "The mandate does not allow this merchant."),
    /** Not the item the mandate describes. */
    ITEM_MISMATCH("item-mismatch", "The order is not for the item the mandate describes."),
    /** More units than the mandate allows. */
    QUANTITY_TOO_HIGH("quantity", "The order is for more units than the mandate allows."),
    /** A unit price above the mandate's maximum. */
    UNIT_PRICE_TOO_HIGH("unit-price", "The unit price is above the mandate's maximum."),
    /** More than the budget left. */
    OVER_BUDGET("over-budget", "The order costs more than the mandate's budget left."),
    /** Another currency. */
    CURRENCY("currency", "The order is in another currency than the mandate."),
    /** The customer declined in the wallet. */
    DECLINED_BY_CUSTOMER("declined-by-customer", "You declined this payment."),
    /** The customer did not confirm in time. */
    CONFIRMATION_TIMEOUT(
        "confirmation-timeout", "You did not confirm this payment in time, so it was declined."),
    /** The wallet is not ready (not enrolled, no card). */
    WALLET_NOT_READY("wallet-not-ready", "The wallet cannot pay yet (no card or no enrolment).");

    private final String code;
    private final String text;

    Reason(String code, String text) {
      this.code = code;
      this.text = text;
    }

    /** The stable code sent to the agent server. */
    public String code() {
      return code;
    }

    /** The general sentence for the customer. */
    public String text() {
      return text;
    }
  }

  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** A refusal with the reason's general sentence. */
  public static Refusal of(Reason reason) {
    return new Refusal(reason, reason.text());
  }

  /** A refusal with a specific sentence. */
  public static Refusal of(Reason reason, String detail) {
    return new Refusal(reason, detail);
  }

  /** The refusal as an exception. */
  public RefusedException exception() {
    return new RefusedException(this);
  }

  /** A refusal thrown through a check. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Refusal refusal;

    RefusedException(Refusal refusal) {
      super(refusal.reason().code() + ": " + refusal.detail());
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }
}
