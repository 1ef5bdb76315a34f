package org.agentset.bank.host;

/** What a logged financial message was; 0400 and its 0420 repeats are one class. */
enum MessageClass {
  AUTHORISATION,
  CAPTURE,
  REFUND,
  REVERSAL
}
