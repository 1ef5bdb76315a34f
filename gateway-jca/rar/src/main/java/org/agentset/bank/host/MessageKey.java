package org.agentset.bank.host;

/**
 * A message's identity on the network: terminal (field 41), STAN (field 11) and transmission date
 * and time (field 7). A repeat carries the same key; field 90 of a later message names its
 * original by the same three values.
 */
record MessageKey(String terminal, String stan, String transmitted) {

  /** The text the advisory lock is taken on. */
  String lockText() {
    return terminal + '|' + stan + '|' + transmitted;
  }
}
