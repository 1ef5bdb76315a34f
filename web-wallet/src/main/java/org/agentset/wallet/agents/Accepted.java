package org.agentset.wallet.agents;

import java.time.Instant;
import java.util.Objects;
import org.agentset.set.asn1.sai.MandateMode;
import org.agentset.set.asn1.sai.MandateTerms;
import org.agentset.set.asn1.sai.SetInitiation;

/**
 * A payment start that passed every check: which agent and item, the merchant's verified order, and
 * the signed nonce and time that the wallet now remembers.
 *
 * @param agentId the agent
 * @param slot the mandate's item slot
 * @param terms the mandate's terms
 * @param initiation the merchant's verified SET initiation
 * @param initiationDer its signed form, as the merchant sent it
 * @param nonce the payment start's nonce
 * @param signingTime when the agent signed it
 */
public record Accepted(
    String agentId,
    int slot,
    MandateTerms terms,
    SetInitiation initiation,
    byte[] initiationDer,
    byte[] nonce,
    Instant signingTime) {

  public Accepted {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(initiation, "initiation");
    initiationDer = initiationDer.clone();
    nonce = nonce.clone();
  }

  /** Whether the customer must confirm before the wallet pays. */
  public boolean needsConfirmation() {
    return terms.getMode() == MandateMode.CONFIRM;
  }

  /** The amount in minor units. */
  public long amountMinor() {
    return initiation.getAmount().getAmount().longValueExact();
  }

  @Override
  public byte[] initiationDer() {
    return initiationDer.clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }
}
