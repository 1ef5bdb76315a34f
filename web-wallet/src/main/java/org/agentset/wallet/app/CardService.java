package org.agentset.wallet.app;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agentset.wallet.model.Card;
import org.agentset.wallet.model.HistoryEntry;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;
import org.agentset.wallet.store.WalletStore;

/**
 * Adds, lists and removes cards. The full number goes into the store and nowhere else: the views
 * carry the last four digits, the history and the log name a card by them, and refusals describe
 * the problem without quoting the input.
 */
public final class CardService {

  private static final System.Logger LOG = System.getLogger(CardService.class.getName());

  private final WalletStore store;
  private final Clock clock;
  private final SecureRandom random;

  public CardService(WalletStore store, Clock clock, SecureRandom random) {
    this.store = store;
    this.clock = clock;
    this.random = random;
  }

  /** The cards, as views. */
  public List<CardView> list(Ticket ticket) throws WalletException {
    return store.contents(ticket).cards().stream().map(CardView::of).toList();
  }

  /**
   * Checks and adds a card.
   *
   * @throws InvalidInputException naming each field that is wrong, or a card already present
   */
  public CardView add(Ticket ticket, String number, String expiry, String holderName)
      throws WalletException {
    CardNumbers.Result n = CardNumbers.check(number);
    Expiry.Result e = Expiry.check(expiry, clock);
    Optional<String> name = HolderNames.normalise(holderName);
    List<FieldError> errors = new ArrayList<>();
    n.digits().ifPresentOrElse(d -> {}, () -> errors.add(new FieldError("number", n.problem())));
    e.month().ifPresentOrElse(m -> {}, () -> errors.add(new FieldError("expiry", e.problem())));
    if (name.isEmpty()) {
      errors.add(new FieldError("holderName", HolderNames.PROBLEM));
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    Card card = new Card(newId(), n.digits().get(), e.month().get(), name.get(), Optional.empty());
    store.update(
        ticket,
        c -> {
          if (c.cards().stream().anyMatch(x -> x.number().equals(card.number()))) {
            throw refused(List.of(new FieldError("number", "This card is already in the wallet.")));
          }
          return c.withCard(card).withHistory(history("Card ending " + card.lastFour() + " added"));
        });
    LOG.log(Level.INFO, "Card ending {0} added", card.lastFour());
    return CardView.of(card);
  }

  /** Removes the card {@code id}; false if there is no such card. */
  public boolean remove(Ticket ticket, String id) throws WalletException {
    Optional<Card> card = store.contents(ticket).card(id);
    if (card.isEmpty()) {
      return false;
    }
    store.update(
        ticket,
        c ->
            c.withoutCard(id)
                .withHistory(history("Card ending " + card.get().lastFour() + " removed")));
    LOG.log(Level.INFO, "Card ending {0} removed", card.get().lastFour());
    return true;
  }

  private HistoryEntry history(String text) {
    return new HistoryEntry(clock.instant(), HistoryEntry.Kind.CARD, text);
  }

  private static InvalidInputException refused(List<FieldError> errors) {
    LOG.log(
        Level.INFO,
        "Card not added: {0}",
        errors.stream().map(x -> x.field() + ": " + x.message()).collect(Collectors.joining("; ")));
    return new InvalidInputException(errors);
  }

  private String newId() {
    byte[] id = new byte[12];
    random.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }
}
