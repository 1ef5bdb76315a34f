package org.agentset.gateway.app;

import java.util.Arrays;
import java.util.Optional;
import org.agentset.gateway.app.TransactionStore.Refused;
import org.agentset.gateway.app.TransactionStore.StoredAnswer;
import org.agentset.set.msg.Refusal;
import org.agentset.set.msg.SetProtocolException;

/**
 * Exactly-once CapReq and CredReq: the same message sent again (same RRPID, same bytes) is answered
 * with the stored CapRes or CredRes, waiting while the first copy is still with the bank; a
 * different message under a used RRPID is a replay.
 */
final class StoredAnswers {

  /** How long a repeat waits for the first copy's answer. */
  private static final long WAIT_MILLIS = 15_000;

  private StoredAnswers() {}

  /**
   * The stored answer to the {@code messageType} message with {@code rrpid}, if these bytes were
   * accepted before; empty when the RRPID was never accepted.
   *
   * @throws Refused when the RRPID was used by another message, or the first copy's answer does not
   *     come in time
   */
  private static Optional<byte[]> of(
      TransactionStore store, String messageType, byte[] rrpid, byte[] hash)
      throws Refused, InterruptedException {
    if (rrpid == null) {
      return Optional.empty();
    }
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      Optional<StoredAnswer> a = store.storedAnswer(messageType, rrpid);
      if (a.isEmpty()) {
        return Optional.empty();
      }
      if (!Arrays.equals(a.get().requestHash(), hash)) {
        throw new Refused(new SetProtocolException(Refusal.REPLAYED_RRPID, "MessageHeader.rrpid"));
      }
      if (a.get().response() != null) {
        return Optional.of(a.get().response());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new Refused(
            new SetProtocolException(Refusal.REPLAYED_RRPID, "first copy still unanswered"));
      }
      Thread.sleep(100);
    }
  }

  /** Checks a new message and plans its work (recording its RRPID and digest). */
  @FunctionalInterface
  interface Verification<P> {
    P verify(byte[] hash) throws Refused;
  }

  /** A new message's plan, or the stored answer of a repeat (exactly one of the two is set). */
  record Accepted<P>(P plan, byte[] answer) {}

  /**
   * The stored answer when these bytes were accepted before, else {@code verification}'s plan. A
   * replay refusal from the verification is answered with the stored answer too when a concurrent
   * copy of this very message got there first.
   */
  static <P> Accepted<P> accept(
      TransactionStore store,
      String messageType,
      byte[] rrpid,
      byte[] hash,
      Verification<P> verification)
      throws Refused, InterruptedException {
    Optional<byte[]> stored = of(store, messageType, rrpid, hash);
    if (stored.isPresent()) {
      return new Accepted<>(null, stored.get());
    }
    try {
      return new Accepted<>(verification.verify(hash), null);
    } catch (Refused r) {
      stored =
          r.refusal().refusal() == Refusal.REPLAYED_RRPID
              ? of(store, messageType, rrpid, hash)
              : Optional.empty();
      if (stored.isPresent()) {
        return new Accepted<>(null, stored.get());
      }
      throw r;
    }
  }
}
