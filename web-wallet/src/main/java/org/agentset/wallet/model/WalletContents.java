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
 */
public record WalletContents(
    Preferences preferences,
    List<Card> cards,
    Optional<KeyCredential> communication,
    List<AgentRecord> agents,
    List<HistoryEntry> history) {

  /** Copies the lists. */
  public WalletContents {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(communication, "communication");
    cards = List.copyOf(cards);
    agents = List.copyOf(agents);
    history = List.copyOf(history);
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
    return new WalletContents(p, cards, communication, agents, history);
  }

  /** These contents with the wallet's communication credential set (or replaced). */
  public WalletContents withCommunication(KeyCredential credential) {
    return new WalletContents(preferences, cards, Optional.of(credential), agents, history);
  }

  /** These contents with {@code agent} added at the end. */
  public WalletContents withAgent(AgentRecord agent) {
    return new WalletContents(preferences, cards, communication, append(agents, agent), history);
  }

  /** These contents with {@code entry} appended to the history. */
  public WalletContents withHistory(HistoryEntry entry) {
    return new WalletContents(preferences, cards, communication, agents, append(history, entry));
  }

  private WalletContents withCards(UnaryOperator<List<Card>> change) {
    return new WalletContents(preferences, change.apply(cards), communication, agents, history);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> out = new ArrayList<>(list);
    out.add(Objects.requireNonNull(element));
    return out;
  }
}
