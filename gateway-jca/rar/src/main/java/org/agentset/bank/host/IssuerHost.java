package org.agentset.bank.host;

import com.solab.iso8583.IsoMessage;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.bank.api.IssuerHostControl.Fault;
import org.agentset.bank.iso8583.Framing;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.MessageTypes;

/**
 * The embedded card-issuer host's TCP side: an ISO 8583 server that reads length-prefixed
 * messages, hands each well-formed request to a {@link MessageHandler} and writes the answer.
 * Each connection is served by one task of the given {@link Executor} (in the server, the resource
 * adapter's work manager), answering its messages in order.
 *
 * <p>Bad bytes are refused with a logged reason — never their content — and cost nothing but that
 * message: the connection keeps serving, and a request that parsed but broke a layout rule is
 * answered with response code 30. Only a frame that cannot be read at all (the peer vanished
 * mid-frame) ends its connection. A test can make the host misbehave through {@link HostFaults}.
 */
public final class IssuerHost implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(IssuerHost.class.getName());

  private final ServerSocket server;
  private final Executor executor;
  private final Iso8583Codec codec;
  private final Issuer issuer;
  private final HostFaults faults;
  private final HostStatistics statistics;
  private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
  private final CountDownLatch acceptLoopEnded = new CountDownLatch(1);
  private volatile boolean running = true;

  private IssuerHost(
      ServerSocket server,
      Executor executor,
      Iso8583Codec codec,
      Issuer issuer,
      HostFaults faults,
      HostStatistics statistics) {
    this.server = server;
    this.executor = executor;
    this.codec = codec;
    this.issuer = issuer;
    this.faults = faults;
    this.statistics = statistics;
  }

  /**
   * Binds {@code address:port} (port 0 picks a free one) and starts accepting connections.
   *
   * @param statistics counters to add to (kept across restarts by the caller)
   */
  public static IssuerHost start(
      InetAddress address,
      int port,
      Executor executor,
      Iso8583Codec codec,
      Issuer issuer,
      HostFaults faults,
      HostStatistics statistics)
      throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(address, port), 50);
    IssuerHost host = new IssuerHost(server, executor, codec, issuer, faults, statistics);
    executor.execute(host::acceptLoop);
    LOG.info(() -> "Embedded issuer host listening on " + server.getLocalSocketAddress());
    return host;
  }

  /** The port the host listens on. */
  public int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    try {
      acceptUntilClosed();
    } finally {
      acceptLoopEnded.countDown();
    }
  }

  private void acceptUntilClosed() {
    while (running) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        clients.add(socket);
        statistics.accepted();
        executor.execute(() -> serve(socket));
      } catch (IOException e) {
        if (running) {
          LOG.log(Level.WARNING, "Issuer host accept failed: {0}", e.getMessage());
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      while (running) {
        byte[] frame = Framing.read(socket.getInputStream());
        IsoMessage request = parse(frame, socket);
        if (request == null) {
          continue;
        }
        statistics.count(request.getType());
        HostFaults.Armed fault = faults.next(request.getType());
        if (fault != null && !fault.isDelay()) {
          if (fault.fault() == Fault.DISCONNECT) {
            return;
          }
          if (fault.fault() == Fault.DROP) {
            continue;
          }
          if (fault.fault() == Fault.HOLD) {
            faults.awaitRelease();
            if (!running) {
              return;
            }
          }
        }
        IsoMessage answer = issuer.answer(request);
        if (fault != null && fault.isDelay()) {
          Thread.sleep(fault.delay().toMillis());
        }
        if (fault == null || fault.isDelay() || fault.fault() != Fault.LOSE_ANSWER) {
          Framing.write(socket.getOutputStream(), codec.encode(answer));
        }
      }
    } catch (EOFException | SocketException e) {
      // the peer closed the link (or we are stopping): nothing to report
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Issuer host connection failed: {0}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(socket);
    }
  }

  /** The request in {@code frame}, or null after refusing it (and answering 30 when possible). */
  private IsoMessage parse(byte[] frame, Socket socket) throws IOException {
    try {
      IsoMessage request = codec.decode(frame);
      if (MessageTypes.isRequest(request.getType())) {
        return request;
      }
      refuse(socket, "MTI " + MessageTypes.text(request.getType()) + " is not a request");
    } catch (Iso8583Exception e) {
      refuse(socket, e.getMessage());
      if (e.parsedMessage().isPresent() && MessageTypes.isRequest(e.parsedMessage().get().getType())) {
        Framing.write(socket.getOutputStream(), codec.encode(issuer.formatError(e.parsedMessage().get())));
      }
    }
    return null;
  }

  private void refuse(Socket socket, String reason) {
    statistics.refused();
    LOG.warning(() -> "Issuer host refused a message from " + socket.getRemoteSocketAddress() + ": " + reason);
  }

  /**
   * Stops accepting, closes every open connection, lets held messages go. Returns once the
   * listener's port is free: the JDK releases it only when the thread blocked in accept has left.
   */
  @Override
  public void close() {
    running = false;
    try {
      server.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the listener", e);
    }
    try {
      if (!acceptLoopEnded.await(10, TimeUnit.SECONDS)) {
        LOG.warning("Issuer host listener did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Socket s : clients) {
      try {
        s.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "closing a connection", e);
      }
    }
    faults.releaseHeld();
  }
}
