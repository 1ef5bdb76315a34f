package org.agentset.bank.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agentset.bank.iso8583.Framing;
import org.agentset.bank.iso8583.HostLink;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.NetworkManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuerHostTest {

  private final Iso8583Codec codec = Iso8583Codec.standard();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:30:15Z"), ZoneOffset.UTC);
  private ExecutorService executor;
  private IssuerHost host;

  @BeforeEach
  void start() throws IOException {
    executor = Executors.newCachedThreadPool();
    host = IssuerHost.start(InetAddress.getLoopbackAddress(), 0, executor);
  }

  @AfterEach
  void stop() {
    host.close();
    executor.shutdownNow();
  }

  private HostLink link() throws IOException {
    return HostLink.open(
        "127.0.0.1", host.port(), Duration.ofSeconds(2), Duration.ofSeconds(2), codec);
  }

  @Test
  void answersAnEchoWithTheSameTraceNumber() throws Exception {
    try (HostLink link = link()) {
      IsoMessage answer = link.exchange(NetworkManagement.echoRequest(codec, 42, clock));
      assertThat(answer.getType()).isEqualTo(NetworkManagement.RESPONSE);
      assertThat(answer.getObjectValue(39).toString()).isEqualTo("00");
      assertThat(answer.getObjectValue(11).toString()).isEqualTo("000042");
      assertThat(answer.getObjectValue(70).toString()).isEqualTo("301");
    }
  }

  @Test
  void badBytesAreRefusedAndTheConnectionStillServes() throws Exception {
    try (Socket raw = new Socket("127.0.0.1", host.port())) {
      raw.setSoTimeout(2000);
      Framing.write(raw.getOutputStream(), "GARBAGE-NOT-ISO-8583-AT-ALL".getBytes());
      Framing.write(raw.getOutputStream(), new byte[] {1, 2, 3});
      Framing.write(
          raw.getOutputStream(), codec.encode(NetworkManagement.echoRequest(codec, 7, clock)));
      IsoMessage answer = codec.decode(Framing.read(raw.getInputStream()));
      assertThat(answer.getObjectValue(11).toString()).isEqualTo("000007");
    }
  }

  @Test
  void aLinkToAStoppedHostIsBroken() throws Exception {
    HostLink link = link();
    host.close();
    try {
      link.exchange(NetworkManagement.echoRequest(codec, 1, clock));
    } catch (IOException expected) {
      // the host closed the socket
    }
    assertThat(link.isBroken()).isTrue();
  }
}
