package org.agentset.ans.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.agentset.ans.customer.AgentStore;
import org.agentset.db.ans.AgentEvent;

/**
 * One subscriber's server-sent events of one agent: replays the durable events after the last one
 * the subscriber saw, then follows new ones (polling the record every half second), sends a comment
 * every 15 s to keep proxies open, and closes when the agent has ended and everything was sent, or
 * after 10 minutes (the browser's EventSource reconnects with Last-Event-ID).
 */
final class EventStream implements Runnable {

  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final AgentStore store;
  private final UUID agent;
  private final SseEventSink sink;
  private final Sse sse;
  private int after;

  EventStream(AgentStore store, UUID agent, int after, SseEventSink sink, Sse sse) {
    this.store = store;
    this.agent = agent;
    this.after = after;
    this.sink = sink;
    this.sse = sse;
  }

  @Override
  public void run() {
    Instant end = Instant.now().plus(LIFETIME);
    Instant ping = Instant.now().plusSeconds(15);
    try (SseEventSink s = sink) {
      while (!s.isClosed() && Instant.now().isBefore(end)) {
        boolean ended = store.agent(agent).map(a -> a.isEnded()).orElse(true);
        var events = store.events(agent, after);
        for (AgentEvent e : events) {
          s.send(
                  sse.newEventBuilder()
                      .id(Integer.toString(e.getSeq()))
                      .name(e.getKind())
                      .mediaType(MediaType.APPLICATION_JSON_TYPE)
                      .data(String.class, JsonViews.event(e))
                      .build())
              .toCompletableFuture()
              .join();
          after = e.getSeq();
        }
        if (ended && events.isEmpty()) {
          return;
        }
        if (Instant.now().isAfter(ping)) {
          s.send(sse.newEventBuilder().comment("ping").build()).toCompletableFuture().join();
          ping = Instant.now().plusSeconds(15);
        }
        Thread.sleep(500);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the subscriber went away
    }
  }
}
