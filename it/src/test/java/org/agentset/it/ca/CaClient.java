package org.agentset.it.ca;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** The deployed CA over HTTP, as an operator's automation or a relying party reaches it. */
public final class CaClient {

  public static final Provider BC = new BouncyCastleProvider();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private CaClient() {}

  /** {@code http://127.0.0.1:<port>} + {@code path}. */
  public static String url(String path) {
    return System.getProperty("agentset.it.http") + path;
  }

  public static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<byte[]> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A JSON POST as an operator (HTTP Basic). */
  public static HttpResponse<String> postJson(String path, String user, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + CaOperators.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A fresh P-256 key pair. */
  public static KeyPair p256() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
    g.initialize(new ECGenParameterSpec("P-256"));
    return g.generateKeyPair();
  }

  /** A PEM PKCS#10 request for {@code keys}. */
  public static String csr(String subject, KeyPair keys) throws Exception {
    byte[] der =
        new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(keys.getPrivate()))
            .getEncoded();
    return "-----BEGIN CERTIFICATE REQUEST-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END CERTIFICATE REQUEST-----\n";
  }

  /** The admin API's JSON for a merchant signature certificate. */
  public static String merchantRequest(String csr, String merchantId) {
    return "{\"profile\":\"MERCHANT_SIGNATURE\",\"csr\":"
        + json(csr)
        + ",\"merchant\":{\"merchantId\":"
        + json(merchantId)
        + ",\"acquirerBin\":\"412345\",\"name\":\"Nordlicht Books\",\"city\":\"Groningen\","
        + "\"countryName\":\"Netherlands\",\"countryCode\":528,\"mayAuthorise\":true},"
        + "\"validityDays\":365}";
  }

  /** Issues a merchant certificate through the admin API and returns its PEM. */
  public static String issueMerchant(String subject, KeyPair keys, String merchantId) throws Exception {
    HttpResponse<String> r =
        postJson(
            "/ca/api/admin/certificates",
            CaOperators.ADMIN,
            merchantRequest(csr(subject, keys), merchantId));
    if (r.statusCode() != 201) {
      throw new AssertionError("issuance answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
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
