package org.agentset.bank.ra;

import com.solab.iso8583.IsoMessage;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.agentset.bank.api.EchoResult;
import org.agentset.bank.iso8583.HostLink;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.NetworkManagement;

/**
 * One pooled link to the issuer host. When an exchange fails, the connection reports {@code
 * CONNECTION_ERROR_OCCURRED} so the pool destroys it.
 */
class BankManagedConnection implements ManagedConnection {

  private final BankManagedConnectionFactory factory;
  private final HostLink link;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  BankManagedConnection(BankManagedConnectionFactory factory, HostLink link) {
    this.factory = factory;
    this.link = link;
  }

  boolean isBroken() {
    return link.isBroken();
  }

  EchoResult echo(BankConnectionHandle handle) throws ResourceException {
    int stan = factory.adapter().nextTraceNumber();
    IsoMessage request =
        NetworkManagement.echoRequest(factory.codec(), stan, Clock.systemUTC());
    long started = System.nanoTime();
    try {
      IsoMessage answer = link.exchange(request);
      return new EchoResult(
          answer.getObjectValue(39).toString(),
          answer.getObjectValue(11).toString(),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException | Iso8583Exception e) {
      ResourceException failure =
          new ResourceException("bank echo failed: " + e.getMessage(), e);
      fire(new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, failure), handle);
      throw failure;
    }
  }

  void handleClosed(BankConnectionHandle handle) {
    fire(new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED), handle);
  }

  private void fire(ConnectionEvent event, BankConnectionHandle handle) {
    event.setConnectionHandle(handle);
    for (ConnectionEventListener l : listeners) {
      if (event.getId() == ConnectionEvent.CONNECTION_CLOSED) {
        l.connectionClosed(event);
      } else {
        l.connectionErrorOccurred(event);
      }
    }
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    return new BankConnectionHandle(this);
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof BankConnectionHandle handle)) {
      throw new ResourceException("not a bank connection handle: " + connection);
    }
    handle.associate(this);
  }

  @Override
  public void cleanup() {
    // handles hold no state of their own beyond the managed connection they point to
  }

  @Override
  public void destroy() throws ResourceException {
    try {
      link.close();
    } catch (IOException e) {
      throw new ResourceException("closing the issuer host link failed", e);
    }
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("the ISO 8583 link is not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("the ISO 8583 link is not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "ISO 8583:1987 issuer host";
      }

      @Override
      public String getEISProductVersion() {
        return "1987";
      }

      @Override
      public int getMaxConnections() {
        return 0;
      }

      @Override
      public String getUserName() {
        return "";
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
