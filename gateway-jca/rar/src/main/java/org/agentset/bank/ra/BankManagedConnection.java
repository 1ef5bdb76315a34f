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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.agentset.bank.api.AuthorisationRequest;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.CaptureRequest;
import org.agentset.bank.api.CardSecretRegistration;
import org.agentset.bank.api.EchoResult;
import org.agentset.bank.api.RefundRequest;
import org.agentset.bank.api.ReversalRequest;
import org.agentset.bank.api.Trace;
import org.agentset.bank.api.TransactionReference;
import org.agentset.bank.api.TransactionReference.Kind;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.HostLink;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.iso8583.NetworkManagement;

/**
 * One pooled link to the issuer host, and the rules for what a failure means. Before sending, the
 * link is checked without blocking; a dead link throws {@link ResourceException} (nothing was
 * sent). After sending, no valid answer in time makes the outcome {@code UNKNOWN}: an unknown
 * authorisation gets a reversal queued, an unknown reversal is handed to the reversal queue to be
 * repeated. In both cases the connection reports {@code CONNECTION_ERROR_OCCURRED} so the pool
 * destroys it: a late answer could still arrive on it.
 */
class BankManagedConnection implements ManagedConnection {

  private static final Logger LOG = Logger.getLogger(BankManagedConnection.class.getName());

  private final BankNetwork network;
  private final HostLink link;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean destroyed;
  private PrintWriter logWriter;

  BankManagedConnection(BankNetwork network, HostLink link) {
    this.network = network;
    this.link = link;
  }

  boolean isBroken() {
    return destroyed || link.isBroken();
  }

  boolean isAlive() {
    return !destroyed && link.isAlive();
  }

  boolean isDestroyed() {
    return destroyed;
  }

  BankResult authorise(BankConnectionHandle handle, AuthorisationRequest r)
      throws ResourceException {
    Trace trace = r.givenTrace().orElseGet(network::nextTrace);
    TransactionReference sent =
        new TransactionReference(
            Kind.AUTHORISATION,
            trace,
            r.acceptor(),
            r.amount(),
            AcquirerMessages.retrievalReference(trace),
            null,
            r.set());
    Optional<BankResult> result =
        exchange(handle, network.messages().authorisation(r, trace), sent);
    if (result.isPresent()) {
      return result.get();
    }
    network.reversals().submit(PendingReversal.of(sent, network.nextTrace()));
    return Results.unknown(sent);
  }

  BankResult capture(BankConnectionHandle handle, CaptureRequest r) throws ResourceException {
    Trace trace = r.givenTrace().orElseGet(network::nextTrace);
    TransactionReference auth = r.authorisation();
    TransactionReference sent =
        new TransactionReference(
            Kind.CAPTURE,
            trace,
            auth.acceptor(),
            r.amount(),
            auth.retrievalReference(),
            auth.approvalCode(),
            auth.set());
    return exchange(handle, network.messages().capture(r, trace), sent)
        .orElseGet(() -> Results.unknown(sent));
  }

  BankResult refund(BankConnectionHandle handle, RefundRequest r) throws ResourceException {
    Trace trace = r.givenTrace().orElseGet(network::nextTrace);
    TransactionReference capture = r.capture();
    TransactionReference sent =
        new TransactionReference(
            Kind.REFUND,
            trace,
            capture.acceptor(),
            r.amount(),
            AcquirerMessages.retrievalReference(trace),
            null,
            capture.set());
    return exchange(handle, network.messages().refund(r, trace), sent)
        .orElseGet(() -> Results.unknown(sent));
  }

  BankResult reverse(BankConnectionHandle handle, ReversalRequest r) throws ResourceException {
    Trace trace = r.givenTrace().orElseGet(network::nextTrace);
    TransactionReference auth = r.authorisation();
    TransactionReference sent =
        new TransactionReference(
            Kind.REVERSAL,
            trace,
            auth.acceptor(),
            auth.amount(),
            auth.retrievalReference(),
            null,
            auth.set());
    PendingReversal reversal = PendingReversal.of(auth, trace);
    Optional<BankResult> result =
        exchange(handle, network.messages().reversal(reversal, MessageTypes.REVERSAL), sent);
    if (result.isPresent()) {
      return result.get();
    }
    network.reversals().submit(reversal.attempted());
    return Results.unknown(sent);
  }

  /**
   * Sends {@code request} and reads its result; empty when it was sent but no valid answer came.
   *
   * @throws ResourceException when the link was found dead before anything was sent
   */
  private Optional<BankResult> exchange(
      BankConnectionHandle handle, IsoMessage request, TransactionReference sent)
      throws ResourceException {
    ensureAlive(handle);
    try {
      return Optional.of(Results.answered(link.exchange(request), sent));
    } catch (IOException | Iso8583Exception e) {
      LOG.warning(
          () ->
              MessageTypes.text(request.getType())
                  + " "
                  + Fields.text(request, Fields.STAN)
                  + " got no valid answer, outcome unknown: "
                  + e.getMessage());
      failed(handle, new ResourceException("no valid answer: " + e.getMessage(), e));
      return Optional.empty();
    }
  }

  /**
   * Sends the 0302 that hands the issuer a CardSecret and returns its field 39. Nothing is queued
   * when no valid answer comes: the registration is safe to repeat, and the caller (the cardholder
   * CA) repeats it.
   *
   * @throws ResourceException when nothing was sent, or no valid answer came (the pool then
   *     destroys this connection)
   */
  String registerCardSecret(BankConnectionHandle handle, CardSecretRegistration r)
      throws ResourceException {
    ensureAlive(handle);
    IsoMessage request =
        network.messages().cardSecret(r, network.nextTrace(), network.cardSecretSeal());
    try {
      return Fields.text(link.exchange(request), Fields.RESPONSE_CODE);
    } catch (IOException | Iso8583Exception e) {
      LOG.warning(
          () ->
              "0302 "
                  + Fields.text(request, Fields.STAN)
                  + " ("
                  + r
                  + ") got no valid answer: "
                  + e.getMessage());
      ResourceException failure =
          new ResourceException(
              "card secret registration got no valid answer: " + e.getMessage(), e);
      failed(handle, failure);
      throw failure;
    }
  }

  EchoResult echo(BankConnectionHandle handle) throws ResourceException {
    ensureAlive(handle);
    IsoMessage request =
        NetworkManagement.echoRequest(
            network.codec(), network.nextTrace().stan(), Clock.systemUTC());
    long started = System.nanoTime();
    try {
      IsoMessage answer = link.exchange(request);
      return new EchoResult(
          Fields.text(answer, Fields.RESPONSE_CODE),
          Fields.text(answer, Fields.STAN),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException | Iso8583Exception e) {
      ResourceException failure = new ResourceException("bank echo failed: " + e.getMessage(), e);
      failed(handle, failure);
      throw failure;
    }
  }

  private void ensureAlive(BankConnectionHandle handle) throws ResourceException {
    if (!link.isAlive()) {
      ResourceException dead =
          new ResourceException("the issuer host closed the link; nothing was sent");
      failed(handle, dead);
      throw dead;
    }
  }

  /** Tells the pool this connection is broken; it will destroy it. */
  private void failed(BankConnectionHandle handle, ResourceException cause) {
    ConnectionEvent event =
        new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
    event.setConnectionHandle(handle);
    for (ConnectionEventListener l : listeners) {
      l.connectionErrorOccurred(event);
    }
  }

  void handleClosed(BankConnectionHandle handle) {
    if (destroyed) {
      return;
    }
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    for (ConnectionEventListener l : listeners) {
      l.connectionClosed(event);
    }
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    return new BankConnectionHandle(this);
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof BankConnectionHandle handle)) {
      throw new ResourceException("not a bank connection handle");
    }
    handle.associate(this);
  }

  @Override
  public void cleanup() {
    // handles hold no state of their own beyond the managed connection they point to
  }

  @Override
  public void destroy() throws ResourceException {
    destroyed = true;
    listeners.clear();
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
