package org.agentset.gateway.infra;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The payment gateway's configuration: each value is the system property {@code
 * agentset.gateway.<key>}, else the environment variable {@code AGENTSET_GATEWAY_<KEY>}, else the
 * default (the README's Configuration table lists them).
 *
 * <p>The key-store password has no default: without it the gateway keeps no keys and answers every
 * SET message with an Error. {@link #toString()} never shows it or the PAN key.
 *
 * @param caUrl where the CA is ({@code agentset.ca.url}, else {@code agentset.ca.public-url} +
 *     {@code /ca})
 * @param keyStorePassword the password of the sealed key store, or null when not configured
 * @param suite the SET algorithm suite ({@code p256} or {@code rsa})
 * @param panKey the key of the card-number hashes kept in the records
 * @param maxAge how old a message may be
 * @param maxSkew how far in the future a message date may be
 * @param piMaxAge how long after PReq a payment instruction may be authorised
 * @param captureWindow how long after authorisation a capture may come
 * @param authTokenWindow how long after PReq an AuthToken may be used for a later authorisation
 * @param revocationTtl how long CA certificates, CRLs and the BCI are cached at most
 * @param merchantCategory the ISO 18245 category code sent to the bank
 * @param terminalId the gateway's terminal at the acquirer (ISO 8583 field 41)
 * @param recoveryAfter how long a request may stay between verified and answered before the
 *     recovery reverses it
 * @param acquirerBin the gateway's acquirer BIN (its identity at the CA's registration)
 * @param enrolmentCode the acquirer-issued code the CA checks at registration (demo default)
 * @param testControl whether the test-only crash hook is bound (only the integration tests)
 */
public record GatewaySettings(
    URI caUrl,
    char[] keyStorePassword,
    String suite,
    byte[] panKey,
    Duration maxAge,
    Duration maxSkew,
    Duration piMaxAge,
    Duration captureWindow,
    Duration authTokenWindow,
    Duration revocationTtl,
    String merchantCategory,
    String terminalId,
    Duration recoveryAfter,
    String acquirerBin,
    String enrolmentCode,
    boolean testControl) {

  /** Shortest key-store password accepted. */
  public static final int MIN_PASSWORD = 16;

  /** A public demo key for card-number hashes: set your own. */
  static final String DEMO_PAN_KEY = "4167656e7453455420676174657761792064656d6f2050414e206b6579";

  /** The demo acquirer registration's code (ca-reg's seed); override in production. */
  static final String DEMO_ENROLMENT_CODE = "gateway-2H8V-M5QJ";

  private static String bin(String bin) {
    if (!bin.matches("[0-9]{6}")) {
      throw new IllegalStateException("agentset.gateway.acquirer-bin is six digits");
    }
    return bin;
  }

  /** The settings of this JVM. */
  public static GatewaySettings fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * Reads the settings.
   *
   * @throws IllegalStateException naming the setting that is wrong (never a secret's value)
   */
  public static GatewaySettings from(UnaryOperator<String> properties, UnaryOperator<String> env) {
    Reader r = new Reader(properties, env);
    String password = r.get("keystore-password", null);
    if (password != null && password.length() < MIN_PASSWORD) {
      throw new IllegalStateException(
          "agentset.gateway.keystore-password is shorter than " + MIN_PASSWORD + " characters");
    }
    String suite = r.get("suite", "p256").trim().toLowerCase(Locale.ROOT);
    if (!suite.equals("p256") && !suite.equals("rsa")) {
      throw new IllegalStateException("agentset.gateway.suite must be p256 or rsa: " + suite);
    }
    byte[] panKey;
    try {
      panKey = HexFormat.of().parseHex(r.get("pan-key", DEMO_PAN_KEY).trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("agentset.gateway.pan-key is not hexadecimal");
    }
    if (panKey.length < 16) {
      throw new IllegalStateException("agentset.gateway.pan-key must be at least 16 bytes");
    }
    String category = r.get("merchant-category", "5999").trim();
    if (!category.matches("[0-9]{4}")) {
      throw new IllegalStateException("agentset.gateway.merchant-category has four digits");
    }
    String terminal = r.get("terminal-id", "AGSETGW1").trim();
    if (!terminal.matches("[ -~]{1,8}")) {
      throw new IllegalStateException("agentset.gateway.terminal-id is 1 to 8 ASCII characters");
    }
    return new GatewaySettings(
        caUrl(properties, env),
        password == null ? null : password.toCharArray(),
        suite,
        panKey,
        r.duration("max-age", "PT15M"),
        r.duration("max-skew", "PT5M"),
        r.duration("pi-max-age", "P7D"),
        r.duration("capture-window", "P30D"),
        r.duration("auth-token-window", "P30D"),
        r.duration("revocation-ttl", "PT5M"),
        category,
        terminal,
        r.duration("recovery-after", "PT30S"),
        bin(r.get("acquirer-bin", "412345").trim()),
        r.get("enrolment-code", DEMO_ENROLMENT_CODE).trim(),
        Boolean.parseBoolean(r.get("test-control", "false").trim()));
  }

  private static URI caUrl(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String explicit = first(properties.apply("agentset.ca.url"), env.apply("AGENTSET_CA_URL"));
    String base =
        explicit != null
            ? explicit
            : first(
                        first(
                            properties.apply("agentset.ca.public-url"),
                            env.apply("AGENTSET_CA_PUBLIC_URL")),
                        "http://localhost:8080")
                    .trim()
                    .replaceAll("/+$", "")
                + "/ca";
    String s = base.trim();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("agentset.ca.url is not a URL: " + s, e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new IllegalStateException("agentset.ca.url must be an http(s) URL: " + s);
    }
    return uri;
  }

  /**
   * Whether the gateway takes unsigned purchases (cardholders without a certificate): the system
   * property {@code agentset.gateway.allow-unsigned}, else the environment variable {@code
   * AGENTSET_GATEWAY_ALLOW_UNSIGNED}; {@code true} allows them, anything else (and unset) refuses
   * them with SET's {@code signatureRequired}. Read at every such request, so an operator can
   * change it in the running server (e.g. {@code /system-property=agentset.gateway.allow-unsigned}
   * with jboss-cli) without a restart.
   */
  public static boolean allowUnsigned(UnaryOperator<String> properties, UnaryOperator<String> env) {
    return "true"
        .equalsIgnoreCase(new Reader(properties, env).get("allow-unsigned", "false").trim());
  }

  /** {@link #allowUnsigned(UnaryOperator, UnaryOperator)} of this JVM, now. */
  public static boolean allowUnsignedNow() {
    return allowUnsigned(System::getProperty, System::getenv);
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  /** A copy of the key-store password (the caller wipes it), or null when none is configured. */
  public char[] keyStorePassword() {
    return keyStorePassword == null ? null : keyStorePassword.clone();
  }

  /** A copy of the PAN-hash key. */
  public byte[] panKey() {
    return panKey.clone();
  }

  @Override
  public String toString() {
    return "GatewaySettings[ca="
        + caUrl
        + ", suite="
        + suite
        + ", keyStorePassword="
        + (keyStorePassword == null ? "unset" : "set")
        + ", enrolmentCode=set"
        + "]";
  }

  private record Reader(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String get(String key, String fallback) {
      String v = properties.apply("agentset.gateway." + key);
      if (v == null || v.isBlank()) {
        v = env.apply("AGENTSET_GATEWAY_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
      }
      return v == null || v.isBlank() ? fallback : v;
    }

    Duration duration(String key, String fallback) {
      String v = get(key, fallback).trim();
      Duration d;
      try {
        d = Duration.parse(v);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(
            "agentset.gateway." + key + " is not an ISO-8601 duration (e.g. PT15M): " + v, e);
      }
      if (d.isNegative() || d.isZero()) {
        throw new IllegalStateException("agentset.gateway." + key + " must be positive");
      }
      return d;
    }
  }
}
