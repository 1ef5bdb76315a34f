package org.agentset.bank.ra;

import static org.agentset.bank.ra.Cards.authorisation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.api.Outcome;
import org.agentset.bank.host.BankDatabase;
import org.agentset.bank.host.LogCapture;
import org.agentset.bank.iso8583.Framing;
import org.junit.jupiter.api.Test;

/**
 * Malformed answers on the acquirer's side: the adapter refuses them with a logged reason, treats
 * the request's outcome as unknown (and queues the reversal), and loses only that connection.
 */
class MalformedAnswerTest {

  @Test
  void garbageInsteadOfAnAnswerMakesTheOutcomeUnknownAndCostsOneConnection() throws Exception {
    BankResult result = againstAHostThatAnswers(request -> "GARBAGE, NOT ISO 8583".getBytes(StandardCharsets.US_ASCII), "message type is not four digits");
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void anAnswerToAnotherRequestIsRefused() throws Exception {
    // the request itself sent back: right framing, wrong MTI (0100 instead of 0110)
    BankResult result = againstAHostThatAnswers(request -> request, "expected MTI 0110, got 0100");
    assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  private BankResult againstAHostThatAnswers(UnaryOperator<byte[]> answer, String reason) throws Exception {
    BankDatabase.reset();
    ExecutorService threads = Executors.newCachedThreadPool();
    try (ServerSocket fake = new ServerSocket()) {
      fake.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      threads.execute(() -> serve(fake, answer, threads));
      try (LogCapture logs = LogCapture.start();
          AdapterFixture fixture =
              new AdapterFixture(BankDatabase.dataSource(), Duration.ofSeconds(10), "127.0.0.1", fake.getLocalPort())) {
        BankResult result;
        try (BankConnection c = fixture.factory().getConnection()) {
          result = c.authorise(authorisation("4111111111111111", 1_00));
        }
        assertThat(fixture.pool().created()).isEqualTo(1);
        assertThat(fixture.pool().destroyed()).isEqualTo(1);
        assertThat(logs.text()).contains("got no valid answer, outcome unknown: " + reason);
        assertThat(logs.text()).doesNotContain("4111111111111111");
        assertThat(BankDatabase.number("select count(*) from gateway.pending_reversal where original_stan = '" + result.stan() + "'"))
            .isEqualTo(1);
        return result;
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static void serve(ServerSocket fake, UnaryOperator<byte[]> answer, ExecutorService threads) {
    while (!fake.isClosed()) {
      try {
        Socket s = fake.accept();
        threads.execute(
            () -> {
              try (s) {
                while (true) {
                  Framing.write(s.getOutputStream(), answer.apply(Framing.read(s.getInputStream())));
                }
              } catch (IOException e) {
                // the adapter closed the link
              }
            });
      } catch (IOException e) {
        return;
      }
    }
  }
}
