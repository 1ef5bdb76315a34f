package org.agentset.bank.api;

import java.time.Duration;

/**
 * Test-only control of the embedded issuer host, bound as an administered object at {@link
 * #JNDI_NAME}. It lets integration tests make the network misbehave on purpose. Every method
 * throws {@link IllegalStateException} unless the resource adapter runs with {@code
 * testControl=true} (system property {@code agentset.bank.test-control}), which the production
 * configuration never sets, and when the adapter talks to an external host.
 */
public interface IssuerHostControl {

  /** JNDI name of the control. */
  String JNDI_NAME = "java:/eis/BankHostControl";

  /** How the host mistreats a message. */
  enum Fault {
    /** Read and discarded unprocessed, as if lost on the way in. */
    DROP,
    /** Processed, but the answer is never sent, as if lost on the way back. */
    LOSE_ANSWER,
    /** Parked unprocessed until {@link #releaseHeld()}, then processed (a late message). */
    HOLD,
    /** Read, then the connection is closed without processing it. */
    DISCONNECT
  }

  /** Applies {@code fault} to the next {@code times} messages of type {@code mti} (e.g. "0100"). */
  void inject(String mti, Fault fault, int times);

  /** Processes the next {@code times} messages of type {@code mti} normally but answers late. */
  void delay(String mti, Duration delay, int times);

  /** Lets every message parked by {@link Fault#HOLD} go on; returns how many there were. */
  int releaseHeld();

  /** Forgets every fault not yet applied. */
  void clearFaults();

  /** Closes every connection and the listener, then listens again on the same port. */
  void restart();

  /** The TCP port the host listens on. */
  int port();

  /** How many TCP connections the host has accepted since the adapter started. */
  long acceptedConnections();

  /** How many well-formed messages of type {@code mti} the host has received. */
  long received(String mti);

  /** How many messages the host refused as malformed. */
  long refused();
}
