package org.agentset.wallet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything inside the encrypted wallet file. Immutable: every change makes a new value, which the
 * store encrypts and writes before it replaces the old one, so the file and memory never disagree.
 *
 * @param preferences the customer's settings
 * @param cards the cards, in the order added
 * @param communication the wallet's communication certificate and key, once enrolled
 * @param agents the customer agents this wallet created
 * @param history what happened, oldest first
 * @param seenNonces the payment-start nonces seen and still remembered (the replay cache)
 * @param purchases the SET purchases paid from this wallet, oldest first, with receipts
 */
public record WalletContents(
    Preferences preferences,
    List<Card> cards,
    Optional<KeyCredential> communication,
    List<AgentRecord> agents,
    List<HistoryEntry> history,
    List<SeenNonce> seenNonces,
    List<Purchase> purchases) {

  /** Copies the lists. */
  public WalletContents {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(communication, "communication");
    cards = List.copyOf(cards);
    agents = List.copyOf(agents);
    history = List.copyOf(history);
    seenNonces = List.copyOf(seenNonces);
    purchases = List.copyOf(purchases);
  }

  /** Contents without replay cache or purchases. */
  public WalletContents(
      Preferences preferences,
      List<Card> cards,
      Optional<KeyCredential> communication,
      List<AgentRecord> agents,
      List<HistoryEntry> history) {
    this(preferences, cards, communication, agents, history, List.of(), List.of());
  }

  /** The agent {@code agentId}, if this wallet created it. */
  public Optional<AgentRecord> agent(String agentId) {
    return agents.stream().filter(a -> a.agentId().equals(agentId)).findFirst();
  }

  /** These contents with the agent of the same id replaced by {@code agent}. */
  public WalletContents withAgentReplaced(AgentRecord agent) {
    List<AgentRecord> list =
        agents.stream().map(a -> a.agentId().equals(agent.agentId()) ? agent : a).toList();
    return new WalletContents(
        preferences, cards, communication, list, history, seenNonces, purchases);
  }

  /** Whether {@code nonce} is in the replay cache. */
  public boolean hasSeen(byte[] nonce) {
    Bytes b = Bytes.of(nonce);
    return seenNonces.stream().anyMatch(n -> n.nonce().equals(b));
  }

  /**
   * These contents with {@code nonce} remembered and every nonce whose time has passed at {@code
   * now} forgotten.
   */
  public WalletContents withSeenNonce(SeenNonce nonce, java.time.Instant now) {
    List<SeenNonce> kept = new ArrayList<>();
    for (SeenNonce n : seenNonces) {
      if (n.keepUntil().isAfter(now)) {
        kept.add(n);
      }
    }
    kept.add(nonce);
    return new WalletContents(preferences, cards, communication, agents, history, kept, purchases);
  }

  /** The purchase {@code id}, if any. */
  public Optional<Purchase> purchase(String id) {
    return purchases.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** These contents with {@code purchase} added, or replacing the one with the same id. */
  public WalletContents withPurchase(Purchase purchase) {
    List<Purchase> list = new ArrayList<>();
    boolean replaced = false;
    for (Purchase p : purchases) {
      if (p.id().equals(purchase.id())) {
        list.add(purchase);
        replaced = true;
      } else {
        list.add(p);
      }
    }
    if (!replaced) {
      list.add(purchase);
    }
    return new WalletContents(preferences, cards, communication, agents, history, seenNonces, list);
  }

  /** These contents with the card of the same id replaced by {@code card}. */
  public WalletContents withCardReplaced(Card card) {
    return withCards(list -> list.stream().map(c -> c.id().equals(card.id()) ? card : c).toList());
  }

  /** A new wallet's contents. */
  public static WalletContents empty() {
    return new WalletContents(
        Preferences.DEFAULT, List.of(), Optional.empty(), List.of(), List.of());
  }

  /** The card with {@code id}, if any. */
  public Optional<Card> card(String id) {
    return cards.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** These contents with {@code card} added at the end. */
  public WalletContents withCard(Card card) {
    return withCards(list -> append(list, card));
  }

  /** These contents without the card {@code id} (unchanged if there is none). */
  public WalletContents withoutCard(String id) {
    return withCards(list -> list.stream().filter(c -> !c.id().equals(id)).toList());
  }

  /** These contents with other preferences. */
  public WalletContents withPreferences(Preferences p) {
    return new WalletContents(p, cards, communication, agents, history, seenNonces, purchases);
  }

  /** These contents with the wallet's communication credential set (or replaced). */
  public WalletContents withCommunication(KeyCredential credential) {
    return new WalletContents(
        preferences, cards, Optional.of(credential), agents, history, seenNonces, purchases);
  }

  /** These contents with {@code agent} added at the end. */
  public WalletContents withAgent(AgentRecord agent) {
    return new WalletContents(
        preferences, cards, communication, append(agents, agent), history, seenNonces, purchases);
  }

  /** These contents with {@code entry} appended to the history. */
  public WalletContents withHistory(HistoryEntry entry) {
    return new WalletContents(
        preferences, cards, communication, agents, append(history, entry), seenNonces, purchases);
  }

  private WalletContents withCards(UnaryOperator<List<Card>> change) {
    return new WalletContents(
        preferences, change.apply(cards), communication, agents, history, seenNonces, purchases);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> out = new ArrayList<>(list);
    out.add(Objects.requireNonNull(element));
    return out;
  }
}
