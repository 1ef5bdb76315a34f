package org.agentset.bank.host;

/**
 * What a logged message was; 0400 and its 0420 repeats are one class. {@link #CARD_SECRET} is the
 * issuer file update (0302) that adds a CardSecret.
 */
enum MessageClass {
  AUTHORISATION,
  CAPTURE,
  REFUND,
  REVERSAL,
  CARD_SECRET
}
