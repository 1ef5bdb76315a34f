package org.agentset.wallet.app;

import org.agentset.wallet.agents.Accepted;
import org.agentset.wallet.model.Purchase;
import org.agentset.wallet.store.Ticket;

/** Pays an accepted payment start with SET (the cardholder's side of a purchase). */
public interface Payer {

  /**
   * Pays and returns the purchase as it ended (authorised, declined, pending or failed) with its
   * receipt; never throws for a payment that simply did not succeed.
   *
   * @param purchaseId the id under which the wallet records the purchase
   */
  Purchase pay(Ticket ticket, String purchaseId, Accepted accepted) throws Exception;
}
