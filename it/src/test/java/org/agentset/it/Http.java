package org.agentset.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP from the test client to the deployed suite. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /** The suite's HTTP base, e.g. {@code http://127.0.0.1:8180}. */
  static String app(String path) {
    return System.getProperty("agentset.it.http") + path;
  }

  /** The management interface's base (health, metrics). */
  static String management(String path) {
    return System.getProperty("agentset.it.management") + path;
  }

  static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
