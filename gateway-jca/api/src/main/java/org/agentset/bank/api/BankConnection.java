package org.agentset.bank.api;

import jakarta.resource.ResourceException;

/**
 * A connection handle to the bank interchange network. Not thread-safe: one caller at a time.
 * Closing it returns the underlying connection to the pool.
 *
 * <p>Failures come in two kinds. A {@link ResourceException} means the request was <em>not</em>
 * sent (the link could not be used); nothing happened at the issuer and the caller may retry on a
 * new connection. Once a request has been sent, a missing, late or malformed answer yields a
 * result with {@link Outcome#UNKNOWN} instead, and the adapter makes the unknown safe: an unknown
 * authorisation is reversed, an unknown reversal is repeated until acknowledged. Either way the
 * broken connection is reported to the pool, which destroys it.
 */
public interface BankConnection extends AutoCloseable {

  /** Asks the issuer to approve and hold an amount (0100/0110). */
  BankResult authorise(AuthorisationRequest request) throws ResourceException;

  /** Posts an approved authorisation against its hold (0220/0230, processing code 00). */
  BankResult capture(CaptureRequest request) throws ResourceException;

  /** Credits back part or all of a capture (0220/0230, processing code 20). */
  BankResult refund(RefundRequest request) throws ResourceException;

  /** Cancels an authorisation and releases its hold (0400/0410, repeated as 0420/0430). */
  BankResult reverse(ReversalRequest request) throws ResourceException;

  /**
   * Hands the card's issuer the CardSecret of a new cardholder certificate (ISO 8583 issuer file
   * update 0302/0312, file {@code SETCSEC}, update code 1 = add). The secret travels encrypted
   * under the network's card-secret key; the issuer keeps it encrypted and answers 00 when it holds
   * it (a repeat of the same registration is answered 00 again), 14 when it has no such card, 30
   * when the message cannot be read, 63 when the secret cannot be opened or the serial already
   * names another secret. Safe to repeat: the CA repeats a registration whose answer was lost.
   *
   * @return field 39 as the issuer sent it
   * @throws ResourceException when the request could not be sent or no valid answer came in time;
   *     the pool then destroys the underlying connection
   */
  String registerCardSecret(CardSecretRegistration registration) throws ResourceException;

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
