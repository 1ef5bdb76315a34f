package org.agentset.bank.api;

import jakarta.resource.ResourceException;

/**
 * A connection handle to the bank interchange network. Not thread-safe: one caller at a time.
 * Closing it returns the underlying connection to the pool.
 */
public interface BankConnection extends AutoCloseable {

  /**
   * Sends an ISO 8583 network-management echo (0800, code 301) and waits for its answer (0810).
   *
   * @throws ResourceException when the host does not answer in time or the link is broken; the
   *     pool then destroys the underlying connection
   */
  EchoResult echo() throws ResourceException;

  @Override
  void close();
}
