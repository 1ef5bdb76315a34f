package org.agentset.wallet.http;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, media type, body and any extra headers. */
public final class Response {

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers = new LinkedHashMap<>();

  private Response(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  /** An HTML page. */
  public static Response html(int status, String html) {
    return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON document. */
  public static Response json(int status, JsonValue value) {
    return new Response(
        status, "application/json", value.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Any body of the given type. */
  public static Response of(int status, String contentType, byte[] body) {
    return new Response(status, contentType, body);
  }

  /** {@code 303 See Other} to {@code location} (after a form post: the browser then GETs it). */
  public static Response redirect(String location) {
    return new Response(303, null, new byte[0]).header("Location", location);
  }

  /** {@code 204 No Content}. */
  public static Response noContent() {
    return new Response(204, null, new byte[0]);
  }

  /** This response with header {@code name} set. */
  public Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
