package org.agentset.bank.ra;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankConnectionFactory;
import org.agentset.bank.iso8583.HostLink;

/**
 * Makes pooled TCP links to the issuer host. The server's pool asks {@link
 * #getInvalidConnections} on every checkout (validate-on-match) and in the background: a link the
 * host closed while it sat idle (the host restarted) is found without sending anything and
 * destroyed, so no request is ever sent on a dead link.
 */
@ConnectionDefinition(
    connectionFactory = BankConnectionFactory.class,
    connectionFactoryImpl = BankConnectionFactoryImpl.class,
    connection = BankConnection.class,
    connectionImpl = BankConnectionHandle.class)
public class BankManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation, ValidatingManagedConnectionFactory {

  private static final long serialVersionUID = 1L;

  @ConfigProperty(description = "TCP connect timeout to the issuer host, in milliseconds")
  private Integer connectTimeoutMillis = 2_000;

  @ConfigProperty(description = "How long to wait for the host's answer, in milliseconds")
  private Integer readTimeoutMillis = 10_000;

  private transient BankResourceAdapter adapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new BankConnectionFactoryImpl(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new NotSupportedException("the bank adapter needs the application server's pool");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
      throws ResourceException {
    BankNetwork network = network();
    try {
      HostLink link =
          HostLink.open(
              network.host(),
              network.port(),
              Duration.ofMillis(connectTimeoutMillis),
              Duration.ofMillis(readTimeoutMillis),
              network.codec());
      return new BankManagedConnection(network, link);
    } catch (IOException e) {
      throw new ResourceException(
          "cannot reach the issuer host at " + network.host() + ":" + network.port() + ": " + e.getMessage(), e);
    }
  }

  private BankNetwork network() throws ResourceException {
    if (adapter == null) {
      throw new ResourceException("the bank connection factory has no resource adapter");
    }
    try {
      return adapter.network();
    } catch (IllegalStateException e) {
      throw new ResourceException(e.getMessage(), e);
    }
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : connections) {
      if (candidate instanceof BankManagedConnection mc && !mc.isBroken()) {
        return mc;
      }
    }
    return null;
  }

  /** The links that are broken or that the host has closed; looks without blocking. */
  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public Set getInvalidConnections(Set connections) {
    Set<Object> invalid = new HashSet<>();
    for (Object candidate : connections) {
      if (candidate instanceof BankManagedConnection mc && !mc.isAlive()) {
        invalid.add(mc);
      }
    }
    return invalid;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return adapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter adapter) {
    this.adapter = (BankResourceAdapter) adapter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  public Integer getConnectTimeoutMillis() {
    return connectTimeoutMillis;
  }

  public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
    this.connectTimeoutMillis = connectTimeoutMillis;
  }

  public Integer getReadTimeoutMillis() {
    return readTimeoutMillis;
  }

  public void setReadTimeoutMillis(Integer readTimeoutMillis) {
    this.readTimeoutMillis = readTimeoutMillis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BankManagedConnectionFactory other
        && Objects.equals(connectTimeoutMillis, other.connectTimeoutMillis)
        && Objects.equals(readTimeoutMillis, other.readTimeoutMillis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connectTimeoutMillis, readTimeoutMillis);
  }
}
