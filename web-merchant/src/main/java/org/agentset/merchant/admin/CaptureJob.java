package org.agentset.merchant.admin;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agentset.merchant.settlement.CaptureOutcome;

/**
 * A capture batch running in the background for the orders page: how many of its orders the gateway
 * has answered so far, and at the end one outcome per order.
 */
public final class CaptureJob implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int total;
  private final AtomicInteger answered = new AtomicInteger();
  private volatile List<CaptureOutcome> results;
  private volatile String failure;

  CaptureJob(int total) {
    this.total = total;
  }

  void answered(int n) {
    answered.set(n);
  }

  void finished(List<CaptureOutcome> outcomes) {
    answered.set(total);
    results = List.copyOf(outcomes);
  }

  void failed(String why) {
    failure = why;
    results = List.of();
  }

  public int getTotal() {
    return total;
  }

  public int getAnswered() {
    return answered.get();
  }

  /** Progress in percent. */
  public int getPercent() {
    return total == 0 ? 100 : answered.get() * 100 / total;
  }

  public boolean isFinished() {
    return results != null;
  }

  public List<CaptureOutcome> getResults() {
    return results == null ? List.of() : results;
  }

  /** Why the batch stopped, or null. */
  public String getFailure() {
    return failure;
  }

  /** How many orders ended with {@code result}. */
  public long count(String result) {
    return getResults().stream().filter(r -> r.result().name().equals(result)).count();
  }
}
