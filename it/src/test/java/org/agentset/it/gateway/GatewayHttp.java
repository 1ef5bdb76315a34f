package org.agentset.it.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The deployed gateway over HTTP, as a merchant and as the gateway's operator reach it. */
final class GatewayHttp {

  static final String SET_PAYMENT = "application/set-payment";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private GatewayHttp() {}

  static String url(String path) {
    return System.getProperty("agentset.it.http") + path;
  }

  /** {@code POST /gateway/set} with a SET message. */
  static HttpResponse<byte[]> set(byte[] message) throws IOException, InterruptedException {
    return post("/gateway/set", SET_PAYMENT, message);
  }

  static HttpResponse<byte[]> post(String path, String type, byte[] body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** An operator call answering a flat JSON object, read into strings. */
  static Map<String, String> operatorJson(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (GatewayPki.OPERATOR + ":" + GatewayPki.OPERATOR_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)));
    if (json != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new AssertionError(
          method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return flat(r.body());
  }

  /** Reads a flat JSON object of strings, booleans and numbers. */
  static Map<String, String> flat(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = json.indexOf('{') + 1;
    while (i < json.length()) {
      int k = json.indexOf('"', i);
      if (k < 0) {
        break;
      }
      StringBuilder key = new StringBuilder();
      i = string(json, k, key);
      i = json.indexOf(':', i) + 1;
      while (Character.isWhitespace(json.charAt(i))) {
        i++;
      }
      if (json.charAt(i) == '"') {
        StringBuilder v = new StringBuilder();
        i = string(json, i, v);
        out.put(key.toString(), v.toString());
      } else {
        int end = i;
        while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
          end++;
        }
        out.put(key.toString(), json.substring(i, end).trim());
        i = end;
      }
      i++;
    }
    return out;
  }

  private static int string(String s, int open, StringBuilder into) {
    int i = open + 1;
    while (s.charAt(i) != '"') {
      char c = s.charAt(i);
      if (c == '\\') {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> into.append('\n');
          case 'r' -> into.append('\r');
          case 't' -> into.append('\t');
          case 'u' -> {
            into.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> into.append(n);
        }
      } else {
        into.append(c);
      }
      i++;
    }
    return i + 1;
  }

  static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
