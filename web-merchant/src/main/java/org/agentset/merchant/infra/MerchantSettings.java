package org.agentset.merchant.infra;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * The merchant server's configuration, read from WildFly system properties first and environment
 * variables second (the pattern of the CA's settings):
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>System property</th><th>Environment</th><th>Default</th></tr>
 *   <tr><td>{@code agentset.merchant.url}</td><td>{@code AGENTSET_MERCHANT_URL}</td>
 *       <td>{@code <agentset.ca.public-url>/merchant}</td></tr>
 *   <tr><td>{@code agentset.gateway.url}</td><td>{@code AGENTSET_GATEWAY_URL}</td>
 *       <td>{@code <agentset.ca.public-url>/gateway}</td></tr>
 *   <tr><td>{@code agentset.merchant.order-ttl}</td><td>{@code AGENTSET_MERCHANT_ORDER_TTL}</td>
 *       <td>{@code PT30M}: how long an unpaid order keeps its stock</td></tr>
 *   <tr><td>{@code agentset.ca.url}</td><td>{@code AGENTSET_CA_URL}</td>
 *       <td>{@code <agentset.ca.public-url>/ca}: where merchants enrol</td></tr>
 *   <tr><td>{@code agentset.merchant.keystore-password}</td>
 *       <td>{@code AGENTSET_MERCHANT_KEYSTORE_PASSWORD}</td><td>none: without it no merchant
 *       enrols (the run command generates one)</td></tr>
 * </table>
 */
public record MerchantSettings(
    URI merchantUrl, URI gatewayUrl, Duration orderTtl, URI caUrl, String keyStorePassword) {

  /** Shortest key-store password accepted. */
  public static final int MIN_PASSWORD = 16;

  /** The demo enrolment codes of the CA's seeded acquirer registrations (demo values). */
  static final java.util.Map<String, String> DEMO_ENROLMENT_CODES =
      java.util.Map.of(
          "nordlicht-books", "nordlicht-7Q4M-K2XD",
          "voltaic-parts", "voltaic-9F3L-T8WB",
          "herbarium-tea", "herbarium-4R6N-P1ZC");

  /**
   * The enrolment code the acquirer gave {@code merchant}: {@code
   * agentset.merchant.<code>.enrolment-code} or {@code AGENTSET_MERCHANT_<CODE>_ENROLMENT_CODE},
   * else the demo code.
   */
  public static String enrolmentCode(String merchant) {
    String p = System.getProperty("agentset.merchant." + merchant + ".enrolment-code");
    if (p == null) {
      p =
          System.getenv(
              "AGENTSET_MERCHANT_"
                  + merchant.toUpperCase(java.util.Locale.ROOT).replace('-', '_')
                  + "_ENROLMENT_CODE");
    }
    return p != null && !p.isBlank() ? p.strip() : DEMO_ENROLMENT_CODES.get(merchant);
  }

  /** The settings of this JVM. */
  public static MerchantSettings fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * Reads the settings.
   *
   * @throws IllegalStateException naming the setting that is wrong
   */
  public static MerchantSettings from(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String base =
        orDefault(
            read(properties, environment, "agentset.ca.public-url", "AGENTSET_CA_PUBLIC_URL"),
            "http://localhost:8080");
    URI merchant =
        url(
            "agentset.merchant.url",
            orDefault(
                read(properties, environment, "agentset.merchant.url", "AGENTSET_MERCHANT_URL"),
                strip(base) + "/merchant"));
    URI gateway =
        url(
            "agentset.gateway.url",
            orDefault(
                read(properties, environment, "agentset.gateway.url", "AGENTSET_GATEWAY_URL"),
                strip(base) + "/gateway"));
    String ttlText =
        orDefault(
            read(
                properties,
                environment,
                "agentset.merchant.order-ttl",
                "AGENTSET_MERCHANT_ORDER_TTL"),
            "PT30M");
    Duration ttl;
    try {
      ttl = Duration.parse(ttlText.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "agentset.merchant.order-ttl is not an ISO-8601 duration (e.g. PT30M): " + ttlText, e);
    }
    if (ttl.compareTo(Duration.ofSeconds(10)) < 0 || ttl.compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalStateException(
          "agentset.merchant.order-ttl must be between 10 seconds and 7 days");
    }
    URI ca =
        url(
            "agentset.ca.url",
            orDefault(
                read(properties, environment, "agentset.ca.url", "AGENTSET_CA_URL"),
                strip(base) + "/ca"));
    String password =
        read(
            properties,
            environment,
            "agentset.merchant.keystore-password",
            "AGENTSET_MERCHANT_KEYSTORE_PASSWORD");
    if (password != null && !password.isEmpty() && password.length() < MIN_PASSWORD) {
      throw new IllegalStateException(
          "The merchant key-store password is shorter than " + MIN_PASSWORD + " characters");
    }
    return new MerchantSettings(
        merchant, gateway, ttl, ca, password == null || password.isEmpty() ? null : password);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "MerchantSettings[" + merchantUrl + ", gateway " + gatewayUrl + ", CA " + caUrl + "]";
  }

  /** The SET endpoint wallets send purchase messages to. */
  public URI setEndpoint() {
    return URI.create(merchantUrl + "/set");
  }

  private static String read(
      UnaryOperator<String> properties, UnaryOperator<String> environment, String p, String e) {
    String v = properties.apply(p);
    return v != null ? v : environment.apply(e);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String strip(String s) {
    String t = s.trim();
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static URI url(String name, String value) {
    URI uri;
    try {
      uri = URI.create(strip(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + " is not a URL: " + value, e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalStateException(
          name + " must be an http(s) URL without query or fragment: " + value);
    }
    return uri;
  }
}
