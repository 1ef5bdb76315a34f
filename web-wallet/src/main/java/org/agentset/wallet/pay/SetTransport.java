package org.agentset.wallet.pay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * SET over HTTP (DESIGN §7): POST the DER MessageWrapper as {@code application/set-payment}; the
 * answer's body is the peer's MessageWrapper (a SET Error included, whatever the status).
 */
public interface SetTransport {

  /** Sends {@code message} to {@code endpoint} and returns the answer's body. */
  byte[] post(URI endpoint, byte[] message) throws IOException, InterruptedException;

  /** The JDK's HTTP client. */
  static SetTransport http() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return (endpoint, message) -> {
      HttpResponse<byte[]> r =
          client.send(
              HttpRequest.newBuilder(endpoint)
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "application/set-payment")
                  .header("Accept", "application/set-payment")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(message))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.body().length == 0) {
        throw new IOException("the merchant answered HTTP " + r.statusCode() + " without a body");
      }
      return r.body();
    };
  }
}
