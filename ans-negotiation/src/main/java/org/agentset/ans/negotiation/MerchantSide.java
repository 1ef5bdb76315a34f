package org.agentset.ans.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant agent's negotiating policy over the listings its merchant published: it proposes every
 * matching listing it can deliver in full at the list price (quantity discount applied), then
 * concedes toward the floor by its {@link MerchantStrategy}. It accepts a bid that is at least its
 * floor and at least what it would ask next; it never sells below the floor or more than its stock.
 * Stateless between calls — the round number carries the time.
 */
public final class MerchantSide implements MerchantParty {

  private final String merchant;
  private final List<Listing> listings;
  private final MerchantStrategy strategy;

  public MerchantSide(String merchant, List<Listing> listings, MerchantStrategy strategy) {
    this.merchant = Objects.requireNonNull(merchant);
    this.listings = List.copyOf(listings);
    this.strategy = Objects.requireNonNull(strategy);
    for (Listing l : this.listings) {
      if (!l.merchant().equals(merchant)) {
        throw new IllegalArgumentException(l.sku() + " belongs to " + l.merchant());
      }
    }
  }

  @Override
  public String merchant() {
    return merchant;
  }

  @Override
  public List<Offer> propose(CallForProposals call) {
    List<Offer> out = new ArrayList<>();
    int qty = call.request().quantity();
    for (Listing l : listings) {
      if (l.currency().equals(call.currency()) && l.stock() >= qty && call.request().matches(l)) {
        out.add(
            new Offer(
                merchant, l.sku(), l.name(), qty, l.askFor(qty), l.currency(), l.deliveryDays()));
      }
    }
    return out;
  }

  @Override
  public Reply respond(Offer bid, int round, int rounds) {
    Optional<Listing> found = listings.stream().filter(l -> l.sku().equals(bid.sku())).findFirst();
    if (found.isEmpty()) {
      return Reply.withdraw(bid, "no such item: " + bid.sku());
    }
    Listing l = found.get();
    if (l.stock() < bid.quantity() || !l.currency().equals(bid.currency())) {
      return Reply.withdraw(bid, "cannot supply " + bid.quantity() + " × " + l.sku());
    }
    long open = l.askFor(bid.quantity());
    long next = strategy.ask(open, l.floorPriceMinor(), round + 1, rounds);
    if (bid.unitPriceMinor() >= l.floorPriceMinor() && bid.unitPriceMinor() >= next) {
      return Reply.accept(bid);
    }
    if (round + 1 >= rounds) {
      return Reply.withdraw(
          bid.at(next), "last round: the bid stays below what the merchant accepts");
    }
    return Reply.counter(
        new Offer(
            merchant, l.sku(), l.name(), bid.quantity(), next, l.currency(), l.deliveryDays()));
  }
}
