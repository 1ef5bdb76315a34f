package org.agentset.ans.infra;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The agent server's configuration, read from WildFly system properties first and environment
 * variables second (as the CA's):
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>System property</th><th>Environment</th><th>Default</th></tr>
 *   <tr><td>{@code agentset.ans.key-password}</td><td>{@code AGENTSET_ANS_KEY_PASSWORD}</td>
 *       <td>none: required, at least {@value #MIN_PASSWORD} characters; seals every agent's
 *       communication key</td></tr>
 *   <tr><td>{@code agentset.ans.url}</td><td>{@code AGENTSET_ANS_URL}</td>
 *       <td>{@code <public-url>/ans}</td></tr>
 *   <tr><td>{@code agentset.ca.url}</td><td>{@code AGENTSET_CA_URL}</td>
 *       <td>{@code <public-url>/ca}</td></tr>
 *   <tr><td>{@code agentset.merchant.url}</td><td>{@code AGENTSET_MERCHANT_URL}</td>
 *       <td>{@code <public-url>/merchant}</td></tr>
 *   <tr><td>{@code agentset.ans.merchants}</td><td>{@code AGENTSET_ANS_MERCHANTS}</td>
 *       <td>{@code code=token,...}: the merchants whose agents this server runs, with each
 *       merchant's bearer token for {@code /merchant/api}; default the three demo merchants with
 *       their demo tokens</td></tr>
 *   <tr><td>{@code agentset.ans.rounds}</td><td>{@code AGENTSET_ANS_ROUNDS}</td>
 *       <td>{@code 8} bargaining rounds per merchant</td></tr>
 * </table>
 *
 * where {@code <public-url>} is {@code agentset.ca.public-url} ({@code AGENTSET_CA_PUBLIC_URL},
 * default {@code http://localhost:8080}). {@link #toString()} never shows the password or tokens.
 */
public final class AnsSettings {

  /** Shortest key password accepted. */
  public static final int MIN_PASSWORD = 16;

  /** The demo merchants and their demo bearer tokens (documented demo values: override them). */
  public static final String DEMO_MERCHANTS =
      "nordlicht-books=nb-agent-7f3c9d2e61a84b05b1e2c4d6f8a0b3c5,"
          + "voltaic-parts=vp-agent-2a6e8c0f4b1d4e97a3c5e7f9b0d2a4c6,"
          + "herbarium-tea=ht-agent-9c1e3a5b7d0f4c28b6d8f0a2c4e6b8d0";

  private final char[] keyPassword;
  private final URI ansUrl;
  private final URI caUrl;
  private final URI merchantUrl;
  private final Map<String, String> merchantTokens;
  private final int rounds;

  private AnsSettings(
      char[] keyPassword,
      URI ansUrl,
      URI caUrl,
      URI merchantUrl,
      Map<String, String> merchantTokens,
      int rounds) {
    this.keyPassword = keyPassword;
    this.ansUrl = ansUrl;
    this.caUrl = caUrl;
    this.merchantUrl = merchantUrl;
    this.merchantTokens = merchantTokens;
    this.rounds = rounds;
  }

  public static AnsSettings fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * @throws IllegalStateException naming the setting that is missing or wrong (never a secret)
   */
  public static AnsSettings from(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String password =
        read(properties, env, "agentset.ans.key-password", "AGENTSET_ANS_KEY_PASSWORD");
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException(
          "The agent-key password is not configured: set the system property"
              + " agentset.ans.key-password or the environment variable AGENTSET_ANS_KEY_PASSWORD"
              + " (the run command generates one)");
    }
    if (password.length() < MIN_PASSWORD) {
      throw new IllegalStateException(
          "The agent-key password is shorter than " + MIN_PASSWORD + " characters");
    }
    String base =
        strip(
            orDefault(
                read(properties, env, "agentset.ca.public-url", "AGENTSET_CA_PUBLIC_URL"),
                "http://localhost:8080"));
    URI ans =
        url(
            "agentset.ans.url",
            orDefault(
                read(properties, env, "agentset.ans.url", "AGENTSET_ANS_URL"), base + "/ans"));
    URI ca =
        url(
            "agentset.ca.url",
            orDefault(read(properties, env, "agentset.ca.url", "AGENTSET_CA_URL"), base + "/ca"));
    URI merchant =
        url(
            "agentset.merchant.url",
            orDefault(
                read(properties, env, "agentset.merchant.url", "AGENTSET_MERCHANT_URL"),
                base + "/merchant"));
    Map<String, String> tokens =
        merchants(
            orDefault(
                read(properties, env, "agentset.ans.merchants", "AGENTSET_ANS_MERCHANTS"),
                DEMO_MERCHANTS));
    int rounds;
    try {
      rounds =
          Integer.parseInt(
              orDefault(read(properties, env, "agentset.ans.rounds", "AGENTSET_ANS_ROUNDS"), "8")
                  .strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("agentset.ans.rounds must be a whole number");
    }
    if (rounds < 1 || rounds > 100) {
      throw new IllegalStateException("agentset.ans.rounds must be 1..100");
    }
    return new AnsSettings(password.toCharArray(), ans, ca, merchant, tokens, rounds);
  }

  static Map<String, String> merchants(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : value.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0
          || eq == p.length() - 1
          || !p.substring(0, eq).strip().matches("[a-z0-9-]{1,64}")) {
        throw new IllegalStateException(
            "agentset.ans.merchants must be code=token pairs separated by commas (a code is"
                + " lower-case letters, digits and -); one entry is not");
      }
      out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("agentset.ans.merchants names no merchant");
    }
    return Map.copyOf(out);
  }

  private static URI url(String name, String value) {
    URI uri;
    try {
      uri = URI.create(strip(value.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + " is not a URL: " + value);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new IllegalStateException(name + " must be an http(s) URL: " + value);
    }
    return uri;
  }

  private static String strip(String s) {
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String read(
      UnaryOperator<String> p, UnaryOperator<String> e, String prop, String env) {
    String v = p.apply(prop);
    return v != null ? v : e.apply(env);
  }

  private static String orDefault(String v, String d) {
    return v == null || v.isBlank() ? d : v;
  }

  /** A copy of the key password (the caller clears it). */
  public char[] keyPassword() {
    return keyPassword.clone();
  }

  public URI ansUrl() {
    return ansUrl;
  }

  public URI caUrl() {
    return caUrl;
  }

  public URI merchantUrl() {
    return merchantUrl;
  }

  /** The merchants this server runs agents for, in configured order. */
  public List<String> merchants() {
    return new ArrayList<>(new java.util.TreeMap<>(merchantTokens).keySet());
  }

  /** The bearer token for a merchant's {@code /merchant/api} calls. */
  public String merchantToken(String merchant) {
    return merchantTokens.get(merchant);
  }

  public int rounds() {
    return rounds;
  }

  @Override
  public String toString() {
    return "AnsSettings[ans="
        + ansUrl
        + ", ca="
        + caUrl
        + ", merchant="
        + merchantUrl
        + ", merchants="
        + merchants()
        + ", rounds="
        + rounds
        + "]";
  }
}
