package org.agentset.bank.ra;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The adapter's threads, as the Connectors specification wants them: tasks scheduled on the
 * server's JCA work manager, hinted as long-running where the server understands hints (the host's
 * connections and the reversal sender live as long as the adapter). A task runs with no
 * transaction context, which is why the reversal journal writes through here.
 */
final class WorkExecutor {

  private WorkExecutor() {}

  static Executor of(BootstrapContext context) {
    WorkManager workManager = context.getWorkManager();
    boolean hints = context.isContextSupported(HintsContext.class);
    return task -> {
      try {
        workManager.scheduleWork(
            hints ? new LongRunningWork(task) : new PlainWork(task), WorkManager.INDEFINITE, null, null);
      } catch (WorkException e) {
        throw new RejectedExecutionException("the work manager refused a bank adapter task", e);
      }
    };
  }

  /** A task as JCA work. */
  private static class PlainWork implements Work {
    private final Runnable task;

    PlainWork(Runnable task) {
      this.task = task;
    }

    @Override
    public void run() {
      task.run();
    }

    @Override
    public void release() {
      // tasks end when the adapter closes their sockets
    }
  }

  /** A task as JCA work carrying the long-running hint. */
  private static final class LongRunningWork extends PlainWork implements WorkContextProvider {
    private static final long serialVersionUID = 1L;

    LongRunningWork(Runnable task) {
      super(task);
    }

    @Override
    public List<WorkContext> getWorkContexts() {
      HintsContext hints = new HintsContext();
      hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
      hints.setName("AgentSET bank network");
      return List.of(hints);
    }
  }
}
