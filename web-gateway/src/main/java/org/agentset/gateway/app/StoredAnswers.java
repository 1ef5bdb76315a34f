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
  static Optional<byte[]> of(TransactionStore store, String messageType, byte[] rrpid, byte[] hash)
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

  /** Whether {@code r} is a replay another copy of the same message may have caused. */
  static boolean replayed(Refused r) {
    return r.refusal().refusal() == Refusal.REPLAYED_RRPID;
  }
}
