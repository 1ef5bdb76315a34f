package org.agentset.wallet.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agentset.wallet.store.Ticket;
import org.agentset.wallet.store.WalletException;

/**
 * One request as the wallet's handlers see it: method, path parameters, headers, the session
 * (created on first need), and the body read once, bounded, as a form or as JSON of the right media
 * type.
 */
public final class Request {

  /** Largest body accepted, in bytes: a form or a JSON object of a few fields. */
  static final int MAX_BODY = 64 * 1024;

  private final HttpExchange exchange;
  private final Map<String, String> pathParams;
  private final Sessions sessions;
  private final String cookieName;
  private Session session;
  private boolean cookieToSet;
  private byte[] body;
  private Map<String, String> form;

  Request(
      HttpExchange exchange, Map<String, String> pathParams, Sessions sessions, String cookieName) {
    this.exchange = exchange;
    this.pathParams = pathParams;
    this.sessions = sessions;
    this.cookieName = cookieName;
  }

  public String method() {
    return exchange.getRequestMethod();
  }

  public String path() {
    return exchange.getRequestURI().getPath();
  }

  /** The query string as sent (still URL-encoded), or null. */
  public String rawQuery() {
    return exchange.getRequestURI().getRawQuery();
  }

  /** The first value of header {@code name}, or null. */
  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The first value of query parameter {@code name}, URL-decoded, or null. */
  public String query(String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        try {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * The path parameter {@code name} of the matched route, e.g. {@code id} in {@code /cards/{id}}.
   */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The session named by the request's cookie, if it is alive; never creates one. */
  Optional<Session> existingSession() {
    if (session == null) {
      sessions.find(cookie()).ifPresent(s -> session = s);
    }
    return Optional.ofNullable(session);
  }

  /** The request's session, created (and its cookie set on the response) if it has none. */
  public Session session() {
    if (existingSession().isEmpty()) {
      session = sessions.create();
      cookieToSet = true;
    }
    return session;
  }

  /**
   * The ticket of this session's unlock.
   *
   * @throws WalletException {@code LOCKED} if this session has not unlocked the wallet
   */
  public Ticket ticket() throws WalletException {
    Optional<Ticket> t = session().ticket();
    if (t.isEmpty()) {
      throw new WalletException(WalletException.Reason.LOCKED);
    }
    return t.get();
  }

  /** Gives the session a new id and token (after an unlock); the response sets the new cookie. */
  public Session rotateSession() {
    session = sessions.rotate(session());
    cookieToSet = true;
    return session;
  }

  /** The {@code Set-Cookie} value the response must carry, if the session is new. */
  Optional<String> cookieToSet() {
    return cookieToSet
        ? Optional.of(cookieName + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict")
        : Optional.empty();
  }

  /**
   * The body as an HTML form ({@code application/x-www-form-urlencoded}); a repeated field keeps
   * its first value.
   *
   * @throws HttpProblem 415 for another media type, 400 for a malformed encoding, 413 if too big
   */
  public Map<String, String> form() throws HttpProblem {
    if (form == null) {
      requireType("application/x-www-form-urlencoded");
      Map<String, String> fields = new HashMap<>();
      String text = new String(body(), StandardCharsets.US_ASCII);
      try {
        for (String pair : text.split("&")) {
          if (!pair.isEmpty()) {
            int eq = pair.indexOf('=');
            String key =
                URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value =
                eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(key, value);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new HttpProblem(
            400,
            "malformed-form",
            "The form is malformed",
            "The form's URL encoding is broken (a bad %-escape).");
      }
      form = Map.copyOf(fields);
    }
    return form;
  }

  /**
   * The body as a JSON object with only the given members.
   *
   * @throws HttpProblem 415 unless {@code application/json}; 400 if malformed, with unknown or
   *     mistyped members; 413 if too big
   */
  public JsonInput json(Set<String> strings, Set<String> integers) throws HttpProblem {
    requireType("application/json");
    return JsonInput.of(Json.parseObject(body()), strings, integers);
  }

  /** The body, at most {@link #MAX_BODY} bytes. */
  byte[] body() throws HttpProblem {
    if (body == null) {
      try (InputStream in = exchange.getRequestBody()) {
        byte[] read = in.readNBytes(MAX_BODY + 1);
        if (read.length > MAX_BODY) {
          throw new HttpProblem(
              413,
              "body-too-large",
              "The body is too large",
              "The wallet accepts bodies of at most " + MAX_BODY + " bytes.");
        }
        body = read;
      } catch (IOException e) {
        throw new HttpProblem(
            400, "unreadable-body", "The body could not be read", e.getClass().getSimpleName());
      }
    }
    return body;
  }

  private void requireType(String expected) throws HttpProblem {
    String type = header("Content-Type");
    String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!base.equals(expected)) {
      throw new HttpProblem(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "This request needs a body of type " + expected + ".");
    }
  }

  private String cookie() {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String pair : header.split(";")) {
        String[] kv = pair.strip().split("=", 2);
        if (kv.length == 2 && kv[0].equals(cookieName)) {
          return kv[1];
        }
      }
    }
    return null;
  }
}
