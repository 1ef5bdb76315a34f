package org.agentset.merchant.events;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agentset.merchant.order.OrderService;

/**
 * Every two seconds: expires unpaid orders, then POSTs the due completion events to their merchant
 * agents (at least once: an event is marked delivered only after a 2xx answer, and a crash between
 * the answer and the mark sends it again, which receivers absorb by event id).
 */
@Singleton
@Startup
@DependsOn("MerchantSchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @EJB private CompletionEvents events;
  @EJB private OrderService orders;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "merchant outbox")
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      int expired = orders.expireDue();
      if (expired > 0) {
        LOG.info("Expired " + expired + " unpaid order(s) and returned their stock");
      }
      for (CompletionEvents.Due due : events.due(50)) {
        send(due);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Merchant outbox round failed; retrying at the next tick", e);
    } finally {
      running.set(false);
    }
  }

  private void send(CompletionEvents.Due due) {
    String error;
    try {
      HttpResponse<Void> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(due.callbackUrl()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .header("AgentSET-Event-Id", due.id().toString())
                  .header("AgentSET-Merchant", due.merchantCode())
                  .POST(HttpRequest.BodyPublishers.ofString(due.payload()))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 == 2) {
        events.delivered(due.id());
        return;
      }
      error = "HTTP " + r.statusCode();
    } catch (java.io.IOException | IllegalArgumentException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    String why = error;
    LOG.fine(() -> "Event " + due.id() + " not delivered: " + why);
    events.failed(due.id(), why);
  }
}
