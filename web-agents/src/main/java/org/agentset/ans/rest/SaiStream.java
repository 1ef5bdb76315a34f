package org.agentset.ans.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.agentset.ans.customer.PaymentStartQueue;
import org.agentset.db.ans.PaymentStartRecord;

/**
 * One wallet's SAI channel: every unacknowledged payment start for it is sent once per connection
 * (again on the next connection until acknowledged), newly queued ones within a second; a {@code
 * ping} event every 20 s; closed after 10 minutes (the wallet reconnects).
 */
final class SaiStream implements Runnable {

  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final PaymentStartQueue payments;
  private final String wallet;
  private final SseEventSink sink;
  private final Sse sse;

  SaiStream(PaymentStartQueue payments, String wallet, SseEventSink sink, Sse sse) {
    this.payments = payments;
    this.wallet = wallet;
    this.sink = sink;
    this.sse = sse;
  }

  @Override
  public void run() {
    Set<UUID> sent = new HashSet<>();
    Instant end = Instant.now().plus(LIFETIME);
    Instant ping = Instant.now();
    try (SseEventSink s = sink) {
      while (!s.isClosed() && Instant.now().isBefore(end)) {
        for (PaymentStartRecord p : payments.pending(wallet)) {
          if (sent.add(p.getId())) {
            String data =
                Json.createObjectBuilder()
                    .add("agentId", p.getAgentId().toString())
                    .add("paymentStartId", p.getId().toString())
                    .add("paymentStart", Base64.getEncoder().encodeToString(p.getMessage()))
                    .build()
                    .toString();
            s.send(
                    sse.newEventBuilder()
                        .name("payment-start")
                        .id(p.getId().toString())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(String.class, data)
                        .build())
                .toCompletableFuture()
                .join();
            payments.delivered(p.getId());
          }
        }
        if (!Instant.now().isBefore(ping)) {
          s.send(
                  sse.newEventBuilder()
                      .name("ping")
                      .data(String.class, Instant.now().toString())
                      .build())
              .toCompletableFuture()
              .join();
          ping = Instant.now().plusSeconds(20);
        }
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the wallet went away; it reconnects and gets what it did not acknowledge
    }
  }
}
