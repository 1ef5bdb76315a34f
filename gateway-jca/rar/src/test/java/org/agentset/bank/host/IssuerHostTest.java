package org.agentset.bank.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.solab.iso8583.IsoMessage;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agentset.bank.api.IssuerHostControl.Fault;
import org.agentset.bank.iso8583.Fields;
import org.agentset.bank.iso8583.Framing;
import org.agentset.bank.iso8583.HostLink;
import org.agentset.bank.iso8583.Iso8583Codec;
import org.agentset.bank.iso8583.Iso8583Exception;
import org.agentset.bank.iso8583.MessageTypes;
import org.agentset.bank.iso8583.NetworkManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The host's TCP side: framing, refusal of bad bytes, test faults, restart. */
class IssuerHostTest {

  private final Iso8583Codec codec = Iso8583Codec.standard();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:30:15Z"), ZoneOffset.UTC);
  private ExecutorService executor;
  private EmbeddedIssuer issuer;

  @BeforeEach
  void start() throws Exception {
    BankDatabase.reset();
    executor = Executors.newCachedThreadPool();
    issuer =
        EmbeddedIssuer.start(
            0,
            executor,
            BankDatabase.dataSource(),
            IssuerTest.KEY,
            BankDatabase.demoCardSecretKey(),
            true,
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    issuer.close();
    executor.shutdownNow();
  }

  private HostLink link(Duration readTimeout) throws IOException {
    return HostLink.open("127.0.0.1", issuer.port(), Duration.ofSeconds(2), readTimeout, codec);
  }

  private Socket raw() throws IOException {
    Socket socket = new Socket("127.0.0.1", issuer.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  @Test
  void answersAnEchoWithTheSameTraceNumber() throws Exception {
    try (HostLink link = link(Duration.ofSeconds(10))) {
      IsoMessage answer = link.exchange(NetworkManagement.echoRequest(codec, 42, clock));
      assertThat(answer.getType()).isEqualTo(0x810);
      assertThat(Fields.text(answer, Fields.RESPONSE_CODE)).isEqualTo("00");
      assertThat(Fields.text(answer, Fields.STAN)).isEqualTo("000042");
      assertThat(Fields.text(answer, Fields.NETWORK_CODE)).isEqualTo("301");
    }
  }

  @Test
  void badBytesAreRefusedWithAReasonAndTheConnectionStillServes() throws Exception {
    try (LogCapture logs = LogCapture.start();
        Socket socket = raw()) {
      Framing.write(
          socket.getOutputStream(),
          "GARBAGE-NOT-ISO-8583-AT-ALL".getBytes(StandardCharsets.US_ASCII));
      Framing.write(socket.getOutputStream(), new byte[] {1, 2, 3});
      Framing.write(
          socket.getOutputStream(), codec.encode(NetworkManagement.echoRequest(codec, 7, clock)));
      IsoMessage answer = codec.decode(Framing.read(socket.getInputStream()));
      assertThat(Fields.text(answer, Fields.STAN)).isEqualTo("000007");
      assertThat(issuer.statistics().refusedMessages()).isEqualTo(2);
      assertThat(logs.text())
          .contains("refused a message", "message type is not four digits", "too short for an MTI");
    }
  }

  @Test
  void aRequestBreakingALayoutRuleIsAnsweredWithFormatError() throws Exception {
    String auth = IssuerTest.golden("auth-0100.txt").replace("000000001999", "0000000019X9");
    try (Socket socket = raw()) {
      Framing.write(socket.getOutputStream(), auth.getBytes(StandardCharsets.US_ASCII));
      byte[] answer = Framing.read(socket.getInputStream());
      assertThat(new String(answer, StandardCharsets.US_ASCII)).doesNotContain("4111111111111111");
      // the answer echoes the bad amount, so it breaks the layout too: read it leniently
      IsoMessage parsed =
          assertThatThrownBy(() -> codec.decode(answer))
              .isInstanceOf(Iso8583Exception.class)
              .extracting(e -> ((Iso8583Exception) e).parsedMessage().orElseThrow())
              .actual();
      assertThat(parsed.getType()).isEqualTo(0x110);
      assertThat(Fields.text(parsed, Fields.RESPONSE_CODE)).isEqualTo("30");
      assertThat(Fields.text(parsed, Fields.STAN)).isEqualTo("000123");
    }
    assertThat(BankDatabase.number("select count(*) from bank.message_log")).isZero();
  }

  @Test
  void aResponseSentToTheHostIsRefused() throws Exception {
    try (Socket socket = raw()) {
      Framing.write(
          socket.getOutputStream(),
          IssuerTest.golden("auth-0110-approved.txt").getBytes(StandardCharsets.US_ASCII));
      Framing.write(
          socket.getOutputStream(), codec.encode(NetworkManagement.echoRequest(codec, 8, clock)));
      assertThat(Fields.text(codec.decode(Framing.read(socket.getInputStream())), Fields.STAN))
          .isEqualTo("000008");
    }
    assertThat(issuer.statistics().refusedMessages()).isEqualTo(1);
  }

  @Test
  void droppedAndLostAnswersLeaveTheRequesterWaiting() throws Exception {
    issuer.faults().arm(MessageTypes.NETWORK, Fault.DROP, 1);
    issuer.faults().arm(MessageTypes.NETWORK, Fault.LOSE_ANSWER, 1);
    for (int stan = 1; stan <= 2; stan++) {
      try (HostLink link = link(Duration.ofMillis(500))) {
        IsoMessage echo = NetworkManagement.echoRequest(codec, stan, clock);
        assertThatThrownBy(() -> link.exchange(echo)).isInstanceOf(SocketTimeoutException.class);
        assertThat(link.isBroken()).isTrue();
      }
    }
    try (HostLink link = link(Duration.ofSeconds(10))) {
      assertThat(
              Fields.text(
                  link.exchange(NetworkManagement.echoRequest(codec, 3, clock)),
                  Fields.RESPONSE_CODE))
          .isEqualTo("00");
    }
    assertThat(issuer.statistics().received(MessageTypes.NETWORK)).isEqualTo(3);
  }

  @Test
  void aDisconnectClosesTheLinkAndAHeldMessageWaitsForRelease() throws Exception {
    issuer.faults().arm(MessageTypes.NETWORK, Fault.DISCONNECT, 1);
    try (HostLink link = link(Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> link.exchange(NetworkManagement.echoRequest(codec, 1, clock)))
          .isInstanceOf(IOException.class);
    }
    issuer.faults().arm(MessageTypes.NETWORK, Fault.HOLD, 1);
    try (Socket socket = raw()) {
      Framing.write(
          socket.getOutputStream(), codec.encode(NetworkManagement.echoRequest(codec, 2, clock)));
      Await.until(
          "the echo is held", () -> issuer.statistics().received(MessageTypes.NETWORK) == 2);
      assertThat(issuer.faults().releaseHeld()).isEqualTo(1);
      assertThat(Fields.text(codec.decode(Framing.read(socket.getInputStream())), Fields.STAN))
          .isEqualTo("000002");
    }
  }

  @Test
  void aDelayedAnswerStillComes() throws Exception {
    issuer.faults().armDelay(MessageTypes.NETWORK, Duration.ofMillis(200), 1);
    try (HostLink link = link(Duration.ofSeconds(10))) {
      assertThat(
              Fields.text(
                  link.exchange(NetworkManagement.echoRequest(codec, 5, clock)), Fields.STAN))
          .isEqualTo("000005");
    }
  }

  @Test
  void aRestartClosesEveryLinkAndListensOnTheSamePort() throws Exception {
    int port = issuer.port();
    HostLink link = link(Duration.ofSeconds(10));
    link.exchange(NetworkManagement.echoRequest(codec, 1, clock));
    assertThat(link.isAlive()).isTrue();
    issuer.restart();
    Await.until("the link sees the host's close", () -> !link.isAlive());
    assertThat(issuer.port()).isEqualTo(port);
    try (HostLink again = link(Duration.ofSeconds(10))) {
      assertThat(
              Fields.text(
                  again.exchange(NetworkManagement.echoRequest(codec, 2, clock)),
                  Fields.RESPONSE_CODE))
          .isEqualTo("00");
    }
    assertThat(issuer.statistics().acceptedConnections()).isEqualTo(2);
    link.close();
  }

  @Test
  void faultsCannotBeArmedWhenTestControlIsOff() {
    HostFaults off = new HostFaults(false);
    assertThatThrownBy(() -> off.arm(MessageTypes.AUTHORISATION, Fault.DROP, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("disabled");
    assertThat(off.next(MessageTypes.AUTHORISATION)).isNull();
  }
}
