package org.agentset.merchant.set;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A SET message to the gateway's SET endpoint over HTTP ({@code POST <gateway>/set}): AuthReq,
 * CapReq, CredReq, PCertReq; the answer's bytes back.
 */
public final class HttpGatewayLink implements MerchantSetDesk.GatewayLink {

  static final String MEDIA_TYPE = "application/set-payment";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI endpoint;

  public HttpGatewayLink(URI gatewayUrl) {
    this.endpoint = URI.create(gatewayUrl + "/set");
  }

  @Override
  public byte[] send(byte[] message) throws IOException {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(endpoint)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", MEDIA_TYPE)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(message))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.body() == null || r.body().length == 0) {
        throw new IOException("gateway answered HTTP " + r.statusCode() + " without a SET message");
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
