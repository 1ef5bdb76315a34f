package org.agentset.bank.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small connection pool that follows the contract the application server's pool follows with the
 * adapter: on checkout it matches and validates an idle connection (validate-on-match) and
 * destroys it if invalid; a handle's CONNECTION_CLOSED returns the connection, a
 * CONNECTION_ERROR_OCCURRED destroys it. It lets unit tests and the benchmark drive the adapter's
 * own connection classes outside the server.
 */
public final class TestPool implements ConnectionManager {

  private static final long serialVersionUID = 1L;

  private final transient ConcurrentLinkedDeque<ManagedConnection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger destroyed = new AtomicInteger();

  @Override
  public Object allocateConnection(ManagedConnectionFactory mcf, ConnectionRequestInfo info)
      throws ResourceException {
    ManagedConnection mc;
    while ((mc = idle.pollLast()) != null) {
      boolean matched = mcf.matchManagedConnections(Set.of(mc), null, info) != null;
      boolean valid = ((ValidatingManagedConnectionFactory) mcf).getInvalidConnections(Set.of(mc)).isEmpty();
      if (matched && valid) {
        return mc.getConnection(null, info);
      }
      destroy(mc);
    }
    mc = mcf.createManagedConnection(null, info);
    created.incrementAndGet();
    mc.addConnectionEventListener(new Listener(mc));
    return mc.getConnection(null, info);
  }

  private void destroy(ManagedConnection mc) {
    destroyed.incrementAndGet();
    try {
      mc.destroy();
    } catch (ResourceException e) {
      // already closed
    }
  }

  /** Connections made so far. */
  public int created() {
    return created.get();
  }

  /** Connections destroyed so far. */
  public int destroyed() {
    return destroyed.get();
  }

  /** Destroys every idle connection. */
  public void shutdown() {
    ManagedConnection mc;
    while ((mc = idle.poll()) != null) {
      destroy(mc);
    }
  }

  private final class Listener implements ConnectionEventListener {
    private final ManagedConnection mc;

    Listener(ManagedConnection mc) {
      this.mc = mc;
    }

    @Override
    public void connectionClosed(ConnectionEvent event) {
      idle.addLast(mc);
    }

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {
      destroy(mc);
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {}

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {}

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {}
  }
}
