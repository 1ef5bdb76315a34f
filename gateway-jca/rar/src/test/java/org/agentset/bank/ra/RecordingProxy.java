package org.agentset.bank.ra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agentset.bank.iso8583.Framing;

/**
 * A TCP relay between the adapter and the issuer host that records every frame it passes on, as
 * a protocol analyser on the wire would: the test then decodes the captured bytes independently.
 * It relays strictly request, then answer, which is how the adapter uses a link.
 */
final class RecordingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<byte[]> frames = new CopyOnWriteArrayList<>();

  RecordingProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    threads.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  /** Every frame relayed so far, in order, without the length prefix. */
  List<byte[]> frames() {
    return List.copyOf(frames);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> relay(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void relay(Socket client) {
    try (client;
        Socket host = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
      while (true) {
        byte[] request = Framing.read(client.getInputStream());
        frames.add(request);
        Framing.write(host.getOutputStream(), request);
        byte[] answer = Framing.read(host.getInputStream());
        frames.add(answer);
        Framing.write(client.getOutputStream(), answer);
      }
    } catch (IOException e) {
      // either side closed the link
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
