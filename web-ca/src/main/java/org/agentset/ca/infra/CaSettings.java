package org.agentset.ca.infra;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.agentset.ca.hierarchy.CaSuite;

/**
 * The certificate authority's configuration, read once at start from WildFly system properties
 * first and environment variables second (the same order as the datasource's expressions):
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>System property</th><th>Environment</th><th>Default</th></tr>
 *   <tr><td>{@code agentset.ca.keystore.password}</td><td>{@code AGENTSET_CA_KEYSTORE_PASSWORD}</td>
 *       <td>none: required, at least {@value #MIN_PASSWORD} characters</td></tr>
 *   <tr><td>{@code agentset.ca.suite}</td><td>{@code AGENTSET_CA_SUITE}</td><td>{@code p256}</td></tr>
 *   <tr><td>{@code agentset.ca.public-url}</td><td>{@code AGENTSET_CA_PUBLIC_URL}</td>
 *       <td>{@code http://localhost:8080}</td></tr>
 *   <tr><td>{@code agentset.ca.crl-validity}</td><td>{@code AGENTSET_CA_CRL_VALIDITY}</td>
 *       <td>{@code PT24H}</td></tr>
 * </table>
 *
 * <p>There is deliberately no default key-store password: a CA whose keys open with a published
 * password has no keys worth the name. {@link #toString()} never shows the password.
 */
public final class CaSettings {

  /** Shortest key-store password accepted. */
  public static final int MIN_PASSWORD = 16;

  private final char[] keyStorePassword;
  private final CaSuite suite;
  private final URI publicBaseUrl;
  private final Duration crlValidity;

  private CaSettings(
      char[] keyStorePassword, CaSuite suite, URI publicBaseUrl, Duration crlValidity) {
    this.keyStorePassword = keyStorePassword;
    this.suite = suite;
    this.publicBaseUrl = publicBaseUrl;
    this.crlValidity = crlValidity;
  }

  /** The settings of this JVM. */
  public static CaSettings fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * Reads the settings.
   *
   * @param properties system properties (by name)
   * @param environment environment variables (by name)
   * @throws IllegalStateException naming the setting that is missing or wrong (never its value,
   *     for the password)
   */
  public static CaSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String password =
        read(properties, environment, "agentset.ca.keystore.password", "AGENTSET_CA_KEYSTORE_PASSWORD");
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException(
          "The CA key-store password is not configured: set the system property"
              + " agentset.ca.keystore.password or the environment variable"
              + " AGENTSET_CA_KEYSTORE_PASSWORD (the run command generates one)");
    }
    if (password.length() < MIN_PASSWORD) {
      throw new IllegalStateException(
          "The CA key-store password is shorter than " + MIN_PASSWORD + " characters");
    }
    String suiteName =
        orDefault(read(properties, environment, "agentset.ca.suite", "AGENTSET_CA_SUITE"), "p256");
    CaSuite suite = CaSuite.named(suiteName.trim().toLowerCase(Locale.ROOT));
    URI url =
        publicUrl(
            orDefault(
                read(properties, environment, "agentset.ca.public-url", "AGENTSET_CA_PUBLIC_URL"),
                "http://localhost:8080"));
    Duration crl =
        duration(
            orDefault(
                read(properties, environment, "agentset.ca.crl-validity", "AGENTSET_CA_CRL_VALIDITY"),
                "PT24H"));
    return new CaSettings(password.toCharArray(), suite, url, crl);
  }

  private static String read(
      UnaryOperator<String> properties, UnaryOperator<String> environment, String p, String e) {
    String v = properties.apply(p);
    return v != null ? v : environment.apply(e);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  static URI publicUrl(String value) {
    URI uri;
    try {
      uri = URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("agentset.ca.public-url is not a URL: " + value, e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalStateException(
          "agentset.ca.public-url must be an http(s) URL without query or fragment: " + value);
    }
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return URI.create(s);
  }

  private static Duration duration(String value) {
    Duration d;
    try {
      d = Duration.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "agentset.ca.crl-validity is not an ISO-8601 duration (e.g. PT24H): " + value, e);
    }
    if (d.compareTo(Duration.ofHours(1)) < 0 || d.compareTo(Duration.ofDays(31)) > 0) {
      throw new IllegalStateException("agentset.ca.crl-validity must be between 1 hour and 31 days");
    }
    return d;
  }

  /** A copy of the key-store password; the caller wipes it when done. */
  public char[] keyStorePassword() {
    return keyStorePassword.clone();
  }

  public CaSuite suite() {
    return suite;
  }

  /** The public base URL certificates point to, without trailing slash. */
  public URI publicBaseUrl() {
    return publicBaseUrl;
  }

  /** How long each CRL and BrandCRLIdentifier is valid (nextUpdate − thisUpdate). */
  public Duration crlValidity() {
    return crlValidity;
  }

  /** Forgets the password held by these settings. */
  public void wipe() {
    Arrays.fill(keyStorePassword, '\0');
  }

  @Override
  public String toString() {
    return "CaSettings[suite=" + suite.id() + ", publicBaseUrl=" + publicBaseUrl
        + ", crlValidity=" + crlValidity + ", keyStorePassword=(set)]";
  }
}
