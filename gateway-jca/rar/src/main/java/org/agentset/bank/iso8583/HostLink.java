package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;

/**
 * One TCP link from the acquirer side to an issuer host: sends a request and reads the answer that
 * matches it. A link that failed once is {@linkplain #isBroken() broken} and must be discarded.
 * Not thread-safe (the pool hands a link to one caller at a time).
 */
public final class HostLink implements AutoCloseable {

  private final Socket socket;
  private final Iso8583Codec codec;
  private volatile boolean broken;

  private HostLink(Socket socket, Iso8583Codec codec) {
    this.socket = socket;
    this.codec = codec;
  }

  /** Connects to {@code host:port}; reads time out after {@code readTimeout}. */
  public static HostLink open(
      String host, int port, Duration connectTimeout, Duration readTimeout, Iso8583Codec codec)
      throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
      socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
      return new HostLink(socket, codec);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * Sends {@code request} and returns the host's answer: the response MTI (request + 0x10) with the
   * same trace number (field 11).
   *
   * @throws IOException when the link fails or times out (the link is then broken)
   * @throws Iso8583Exception when the answer is not a valid response to this request (the link is
   *     then broken too: it is out of step)
   */
  public IsoMessage exchange(IsoMessage request) throws IOException, Iso8583Exception {
    try {
      Framing.write(socket.getOutputStream(), codec.encode(request));
      IsoMessage answer = codec.decode(Framing.read(socket.getInputStream()));
      if (answer.getType() != request.getType() + 0x10) {
        throw new Iso8583Exception(
            String.format("expected MTI %04x, got %04x", request.getType() + 0x10, answer.getType()));
      }
      if (!Objects.equals(fieldText(request, 11), fieldText(answer, 11))) {
        throw new Iso8583Exception("answer carries another trace number (field 11)");
      }
      return answer;
    } catch (IOException | Iso8583Exception e) {
      broken = true;
      throw e;
    }
  }

  private static String fieldText(IsoMessage m, int field) {
    return m.hasField(field) ? m.getField(field).toString() : null;
  }

  /** Whether the link failed and must not be reused. */
  public boolean isBroken() {
    return broken || socket.isClosed();
  }

  @Override
  public void close() throws IOException {
    broken = true;
    socket.close();
  }
}
