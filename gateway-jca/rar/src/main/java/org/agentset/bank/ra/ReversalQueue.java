package org.agentset.bank.ra;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.HostLink;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.ra.ReversalJournal.JournalException;

/**
 * Store and forward for reversals: every reversal the adapter owes is journaled, then sent by one
 * background sender over its own link — first as 0400, then, while unanswered, repeated as 0420
 * with growing pauses until the issuer acknowledges it. Any answer acknowledges (a reversal whose
 * authorisation the issuer never saw is acknowledged too: it then refuses the late authorisation).
 *
 * <p>Journal writes run on the given executor, never on the caller's thread, so they commit on
 * their own even when the caller is inside a JTA transaction that later rolls back. If the
 * journal cannot be written the reversal is still sent from memory, and the failure is logged.
 */
final class ReversalQueue implements AutoCloseable {

  /** Opens a link to the issuer host. */
  @FunctionalInterface
  interface LinkOpener {
    HostLink open() throws IOException;
  }

  private static final Logger LOG = Logger.getLogger(ReversalQueue.class.getName());
  private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

  private final ReversalJournal journal;
  private final LinkOpener links;
  private final AcquirerMessages messages;
  private final Duration retryInterval;
  private final Executor executor;
  private final DelayQueue<Due> queue = new DelayQueue<>();
  private volatile boolean running = true;
  private volatile HostLink link;

  ReversalQueue(
      ReversalJournal journal,
      LinkOpener links,
      AcquirerMessages messages,
      Duration retryInterval,
      Executor executor) {
    this.journal = journal;
    this.links = links;
    this.messages = messages;
    this.retryInterval = retryInterval;
    this.executor = executor;
  }

  /** Resumes every journaled reversal and starts the sender. */
  void start() {
    try {
      for (PendingReversal p : journal.pending()) {
        queue.add(new Due(p, Duration.ZERO));
      }
      if (!queue.isEmpty()) {
        LOG.info(() -> "Resuming " + queue.size() + " unacknowledged reversal(s)");
      }
    } catch (JournalException e) {
      LOG.log(Level.SEVERE, "Cannot read the reversal journal; earlier reversals wait for the next start", e);
    }
    executor.execute(this::sendLoop);
  }

  /** Journals {@code reversal} and schedules it for sending now. Never throws. */
  void submit(PendingReversal reversal) {
    PendingReversal journaled = reversal;
    try {
      long id = CompletableFuture.supplyAsync(() -> record(reversal), executor).get();
      journaled = reversal.journaled(id);
    } catch (ExecutionException | CompletionException e) {
      LOG.log(Level.SEVERE, "Reversal " + reversal.trace().stanText() + " not journaled; sending it from memory", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.severe(() -> "Interrupted journaling reversal " + reversal.trace().stanText() + "; sending it from memory");
    }
    queue.add(new Due(journaled, Duration.ZERO));
  }

  private long record(PendingReversal reversal) {
    try {
      return journal.record(reversal);
    } catch (JournalException e) {
      throw new CompletionException(e);
    }
  }

  /** How many reversals wait to be (re)sent. */
  int waiting() {
    return queue.size();
  }

  private void sendLoop() {
    while (running) {
      try {
        Due due = queue.poll(250, TimeUnit.MILLISECONDS);
        if (due != null) {
          send(due.reversal);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void send(PendingReversal reversal) {
    int type = reversal.attempts() == 0 ? MessageTypes.REVERSAL : MessageTypes.REVERSAL_ADVICE;
    PendingReversal sent = reversal.attempted();
    try {
      IsoMessage answer = link().exchange(messages.reversal(reversal, type));
      String code = Fields.text(answer, Fields.RESPONSE_CODE);
      LOG.info(() -> "Reversal " + sent.trace().stanText() + " acknowledged (" + code + ") after " + sent.attempts() + " attempt(s)");
      journal(() -> journal.acknowledged(sent, code));
    } catch (IOException | Iso8583Exception e) {
      closeLink();
      Duration pause = pause(sent.attempts());
      LOG.warning(() -> "Reversal " + sent.trace().stanText() + " (" + MessageTypes.text(type) + ") unanswered: " + e.getMessage() + "; repeating as 0420 in " + pause.toMillis() + " ms");
      journal(() -> journal.attempted(sent));
      if (running) {
        queue.add(new Due(sent, pause));
      }
    }
  }

  private Duration pause(int attempts) {
    Duration pause = retryInterval.multipliedBy(1L << Math.min(attempts - 1, 16));
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  private HostLink link() throws IOException {
    if (link == null || !link.isAlive()) {
      closeLink();
      link = links.open();
    }
    return link;
  }

  private void closeLink() {
    HostLink l = link;
    link = null;
    if (l != null) {
      try {
        l.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "closing the reversal link", e);
      }
    }
  }

  @FunctionalInterface
  private interface JournalWrite {
    void run() throws JournalException;
  }

  private static void journal(JournalWrite write) {
    try {
      write.run();
    } catch (JournalException e) {
      LOG.log(Level.SEVERE, "Reversal journal update failed", e);
    }
  }

  /** Stops the sender; unacknowledged reversals stay journaled for the next start. */
  @Override
  public void close() {
    running = false;
    closeLink();
  }

  /** A reversal and when it is due. */
  private static final class Due implements Delayed {
    final PendingReversal reversal;
    final long dueNanos;

    Due(PendingReversal reversal, Duration in) {
      this.reversal = reversal;
      this.dueNanos = System.nanoTime() + in.toNanos();
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}
