package org.agentset.wallet.store;

/**
 * Proof of one unlock: what {@link WalletStore#create} and {@link WalletStore#unlock} return and
 * what reading or changing the contents requires. A ticket stops working when the wallet locks, so
 * whoever unlocked before a lock (a browser session, say) must unlock again, even if somebody else
 * has unlocked the wallet in the meantime.
 *
 * @param epoch which unlock this ticket proves
 */
public record Ticket(long epoch) {}
