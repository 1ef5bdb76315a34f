package org.agentset.wallet.app;

import java.util.Optional;

/**
 * The cardholder's name as printed on a card: 2 to 26 characters (the embossing limit of ISO/IEC
 * 7813's track 1), letters of any script with spaces, apostrophes, hyphens and full stops.
 */
final class HolderNames {

  static final String PROBLEM =
      "Enter the name as on the card: 2 to 26 letters, spaces, apostrophes, hyphens or full stops.";

  private HolderNames() {}

  /** The name with its spaces tidied, if acceptable. */
  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String name = typed.strip().replaceAll("\\s+", " ");
    return name.matches("[\\p{L}\\p{M} .'\\-]{2,26}") && name.chars().anyMatch(Character::isLetter)
        ? Optional.of(name)
        : Optional.empty();
  }
}
