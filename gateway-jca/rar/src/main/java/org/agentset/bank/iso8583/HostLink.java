package org.agentset.bank.iso8583;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;

/**
 * One TCP link from the acquirer side to an issuer host: sends a request and reads the answer that
 * matches it. A link that failed once is {@linkplain #isBroken() broken} and must be discarded: a
 * late answer could still arrive on it and be taken for the answer to the next request. Not
 * thread-safe (the pool hands a link to one caller at a time).
 *
 * <p>It is a {@link SocketChannel} so that {@link #isAlive()} can look, without blocking, whether
 * the host closed the link while it sat in the pool (the host restarted): such a link is dropped
 * before a request is sent on it, rather than discovered broken after, when the request's fate is
 * unknown. Exchanges use the channel's socket streams, which honour the read timeout.
 */
public final class HostLink implements AutoCloseable {

  private final SocketChannel channel;
  private final InputStream in;
  private final OutputStream out;
  private final Iso8583Codec codec;
  private volatile boolean broken;

  private HostLink(SocketChannel channel, Iso8583Codec codec) throws IOException {
    this.channel = channel;
    this.in = channel.socket().getInputStream();
    this.out = channel.socket().getOutputStream();
    this.codec = codec;
  }

  /** Connects to {@code host:port}; reads time out after {@code readTimeout}. */
  public static HostLink open(
      String host, int port, Duration connectTimeout, Duration readTimeout, Iso8583Codec codec)
      throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.socket().setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
      channel
          .socket()
          .connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
      return new HostLink(channel, codec);
    } catch (IOException | RuntimeException e) {
      channel.close();
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
      Framing.write(out, codec.encode(request));
      IsoMessage answer = codec.decode(Framing.read(in));
      int expected = MessageTypes.responseTo(request.getType());
      if (answer.getType() != expected) {
        throw new Iso8583Exception(
            "expected MTI " + MessageTypes.text(expected) + ", got " + MessageTypes.text(answer.getType()));
      }
      if (!Objects.equals(Fields.text(request, Fields.STAN), Fields.text(answer, Fields.STAN))) {
        throw new Iso8583Exception("answer carries another trace number (field 11)");
      }
      return answer;
    } catch (IOException | Iso8583Exception e) {
      broken = true;
      throw e;
    }
  }

  /**
   * Whether the link can carry a request: not broken, and the host has neither closed it nor sent
   * anything unasked (both make it unusable). Never blocks.
   */
  public boolean isAlive() {
    if (isBroken()) {
      return false;
    }
    try {
      channel.configureBlocking(false);
      int read;
      try {
        read = channel.read(ByteBuffer.allocate(1));
      } finally {
        channel.configureBlocking(true);
      }
      if (read != 0) {
        broken = true;
      }
    } catch (IOException e) {
      broken = true;
    }
    return !broken;
  }

  /** Whether the link failed and must not be reused. */
  public boolean isBroken() {
    return broken || !channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    broken = true;
    channel.close();
  }
}
