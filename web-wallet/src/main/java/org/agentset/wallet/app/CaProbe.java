package org.agentset.wallet.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks the certificate authority whether it answers, so the wallet can tell the customer before
 * enrolment whether the CA is reachable.
 */
public final class CaProbe {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI status;

  public CaProbe(URI caUrl) {
    this.status = URI.create(caUrl.toString().replaceAll("/+$", "") + "/api/status");
  }

  /** "reachable" or a short reason why not. */
  public String check() {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200 ? "reachable" : "answered HTTP " + r.statusCode();
    } catch (IOException e) {
      return "not reachable (" + e.getClass().getSimpleName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "not checked (interrupted)";
    }
  }
}
