package org.agentset.bank.ra;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.host.EmbeddedIssuer;

/**
 * The resource adapter as the server runs it — adapter, managed connection factory, pooled
 * connection factory, embedded issuer — but on plain threads and {@link TestPool}, over the test
 * database. Test control is on, reversals are repeated quickly.
 */
public final class AdapterFixture implements AutoCloseable {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final BankResourceAdapter adapter = new BankResourceAdapter();
  private final BankManagedConnectionFactory mcf = new BankManagedConnectionFactory();
  private final TestPool pool = new TestPool();
  private final BankConnectionFactory factory;

  /** Starts with the embedded issuer, answers awaited for {@code readTimeout}. */
  public AdapterFixture(DataSource dataSource, Duration readTimeout) throws Exception {
    this(dataSource, readTimeout, "embedded", 0);
  }

  /** Starts with the issuer host at {@code host:port} ("embedded": start the embedded one). */
  public AdapterFixture(DataSource dataSource, Duration readTimeout, String host, int port) throws Exception {
    adapter.setHostAddress(host);
    adapter.setHostPort(port);
    adapter.setTestControl(true);
    adapter.setReversalRetryMillis(100);
    adapter.setReversalTimeoutMillis(Math.toIntExact(readTimeout.toMillis()));
    adapter.start(dataSource, executor, Clock.systemUTC());
    mcf.setResourceAdapter(adapter);
    mcf.setReadTimeoutMillis(Math.toIntExact(readTimeout.toMillis()));
    factory = (BankConnectionFactory) mcf.createConnectionFactory(pool);
  }

  public BankConnectionFactory factory() {
    return factory;
  }

  public TestPool pool() {
    return pool;
  }

  public BankResourceAdapter adapter() {
    return adapter;
  }

  public EmbeddedIssuer issuer() {
    return adapter.network().embedded().orElseThrow();
  }

  /** The administered object tests in the server use, wired to this adapter. */
  public IssuerHostControlImpl control() {
    IssuerHostControlImpl control = new IssuerHostControlImpl();
    control.setResourceAdapter(adapter);
    return control;
  }

  @Override
  public void close() {
    pool.shutdown();
    adapter.stop();
    executor.shutdownNow();
  }
}
