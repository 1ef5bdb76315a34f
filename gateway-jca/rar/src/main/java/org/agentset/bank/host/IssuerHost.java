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
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.bank.iso8583.Framing;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.NetworkManagement;

/**
 * The embedded card-issuer host: an ISO 8583 server on a TCP port, started by the resource adapter
 * when no external host is configured. Each connection is served by one task of the given {@link
 * Executor} (in the server, the resource adapter's work manager). Bad bytes are logged with their
 * reason and answered by nothing; they never stop the host or the connection.
 */
public final class IssuerHost implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(IssuerHost.class.getName());

  private final ServerSocket server;
  private final Executor executor;
  private final Iso8583Codec codec = Iso8583Codec.standard();
  private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
  private volatile boolean running = true;

  private IssuerHost(ServerSocket server, Executor executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds {@code address:port} (port 0 picks a free one) and starts accepting connections. */
  public static IssuerHost start(InetAddress address, int port, Executor executor)
      throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(address, port), 50);
    IssuerHost host = new IssuerHost(server, executor);
    executor.execute(host::acceptLoop);
    LOG.info(() -> "Embedded issuer host listening on " + server.getLocalSocketAddress());
    return host;
  }

  /** The port the host listens on. */
  public int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (running) {
      try {
        Socket socket = server.accept();
        clients.add(socket);
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
        IsoMessage answer = answer(frame);
        if (answer != null) {
          Framing.write(socket.getOutputStream(), codec.encode(answer));
        }
      }
    } catch (EOFException | SocketException e) {
      // the peer closed the link (or we are stopping): nothing to report
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Issuer host connection failed: {0}", e.getMessage());
    } finally {
      clients.remove(socket);
    }
  }

  private IsoMessage answer(byte[] frame) {
    try {
      IsoMessage request = codec.decode(frame);
      if (request.getType() == NetworkManagement.REQUEST) {
        return NetworkManagement.answer(codec, request);
      }
      LOG.warning(() -> String.format("Issuer host refused MTI %04x: not supported", request.getType()));
    } catch (Iso8583Exception e) {
      LOG.warning(() -> "Issuer host refused a message: " + e.getMessage());
    }
    return null;
  }

  /** Stops accepting, closes every open connection. */
  @Override
  public void close() {
    running = false;
    try {
      server.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the listener", e);
    }
    for (Socket s : clients) {
      try {
        s.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "closing a connection", e);
      }
    }
  }
}
