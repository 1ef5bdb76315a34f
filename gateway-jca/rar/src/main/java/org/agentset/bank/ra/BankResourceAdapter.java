package org.agentset.bank.ra;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import javax.transaction.xa.XAResource;
import org.agentset.bank.host.IssuerHost;
import org.agentset.db.Party;
import org.agentset.db.SchemaMigrator;

/**
 * The bank interchange network as a JCA 2.1 outbound resource adapter. With no {@code hostAddress}
 * configured it migrates the {@code bank} schema and starts the embedded issuer host on loopback in
 * {@link #start}, running its threads as JCA work; with one configured it connects there.
 */
@Connector(
    displayName = "AgentSET bank interchange network",
    vendorName = "AgentSET",
    eisType = "ISO 8583 card network",
    version = "1.0",
    transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class BankResourceAdapter implements ResourceAdapter, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BankResourceAdapter.class.getName());

  @ConfigProperty(description = "Issuer host name or address; empty starts the embedded host")
  private String hostAddress = "";

  @ConfigProperty(description = "Issuer host port; for the embedded host, 0 picks a free port")
  private Integer hostPort = 0;

  @ConfigProperty(description = "JNDI name of the embedded host's datasource (bank schema)")
  private String dataSourceJndiName = "java:jboss/datasources/AgentSetDS";

  private transient IssuerHost embeddedHost;
  private transient volatile String effectiveHost;
  private transient volatile int effectivePort;
  private final AtomicInteger traceNumbers = new AtomicInteger();

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    if (hostAddress == null || hostAddress.isBlank()) {
      migrateBankSchema();
      try {
        embeddedHost =
            IssuerHost.start(
                InetAddress.getLoopbackAddress(), hostPort, asExecutor(context.getWorkManager()));
      } catch (IOException e) {
        throw new ResourceAdapterInternalException("cannot start the embedded issuer host", e);
      }
      effectiveHost = InetAddress.getLoopbackAddress().getHostAddress();
      effectivePort = embeddedHost.port();
    } else {
      effectiveHost = hostAddress;
      effectivePort = hostPort;
    }
    LOG.info(() -> "Bank interchange network at " + effectiveHost + ":" + effectivePort);
  }

  private void migrateBankSchema() throws ResourceAdapterInternalException {
    try {
      DataSource dataSource = (DataSource) new InitialContext().lookup(dataSourceJndiName);
      int executed = SchemaMigrator.migrate(dataSource, Party.BANK);
      LOG.info(() -> "Schema bank: " + executed + " migration(s) applied");
    } catch (NamingException e) {
      throw new ResourceAdapterInternalException(
          "no datasource at " + dataSourceJndiName + " for the embedded issuer host", e);
    }
  }

  private static Executor asExecutor(WorkManager workManager) {
    return task -> {
      try {
        workManager.scheduleWork(new RunnableWork(task), WorkManager.INDEFINITE, null, null);
      } catch (WorkException e) {
        throw new RejectedExecutionException("work manager refused a host task", e);
      }
    };
  }

  @Override
  public void stop() {
    if (embeddedHost != null) {
      embeddedHost.close();
      embeddedHost = null;
    }
  }

  /** The host the connections go to (the embedded one's loopback address when embedded). */
  String effectiveHost() {
    return effectiveHost;
  }

  int effectivePort() {
    return effectivePort;
  }

  /** The next system trace audit number (field 11), 1 to 999999, wrapping. */
  int nextTraceNumber() {
    return traceNumbers.updateAndGet(n -> n >= 999_999 ? 1 : n + 1);
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    throw new NotSupportedException("the bank adapter has no inbound side");
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    // no inbound side: nothing was activated
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  public String getHostAddress() {
    return hostAddress;
  }

  public void setHostAddress(String hostAddress) {
    this.hostAddress = hostAddress;
  }

  public String getDataSourceJndiName() {
    return dataSourceJndiName;
  }

  public void setDataSourceJndiName(String dataSourceJndiName) {
    this.dataSourceJndiName = dataSourceJndiName;
  }

  public Integer getHostPort() {
    return hostPort;
  }

  public void setHostPort(Integer hostPort) {
    this.hostPort = hostPort;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BankResourceAdapter other
        && hostAddress.equals(other.hostAddress)
        && hostPort.equals(other.hostPort);
  }

  @Override
  public int hashCode() {
    return hostAddress.hashCode() * 31 + hostPort;
  }

  /** Adapts a task to JCA {@link Work}. */
  private record RunnableWork(Runnable task) implements Work {
    @Override
    public void run() {
      task.run();
    }

    @Override
    public void release() {
      // the host stops its tasks by closing their sockets
    }
  }
}
