package org.agentset.merchant.set;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CRLException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The CA as the merchant server reaches it over HTTP: its published certificates and CRLs, and
 * {@code POST <ca>/set} for SET merchant registration ({@code application/set-registration}).
 */
final class CaLink {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  static final String MEDIA_TYPE = "application/set-registration";

  private final URI ca;

  CaLink(URI ca) {
    this.ca = ca;
  }

  /** The self-signed root among the CA's published certificates. */
  X509Certificate root() throws IOException {
    for (X509Certificate c : MerchantCredentials.certificates(get("/pki/ca-certs.pem"))) {
      if (c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
        return c;
      }
    }
    throw new IOException("the CA publishes no root certificate");
  }

  /** The CRLs the merchant's checks need: every CA above a merchant or gateway certificate. */
  List<X509CRL> crls() throws IOException {
    List<X509CRL> out = new ArrayList<>();
    for (String name : List.of("root", "brand", "geo", "merchant", "gateway")) {
      try {
        out.add(
            (X509CRL)
                CertificateFactory.getInstance("X.509")
                    .generateCRL(
                        new java.io.ByteArrayInputStream(get("/pki/crl/" + name + ".crl"))));
      } catch (CRLException | java.security.cert.CertificateException e) {
        throw new IOException("unreadable CRL " + name, e);
      }
    }
    return out;
  }

  /** Every certificate the CA publishes (its hierarchy). */
  List<X509Certificate> caCertificates() throws IOException {
    return MerchantCredentials.certificates(get("/pki/ca-certs.pem"));
  }

  /** One registration exchange. */
  byte[] exchange(byte[] request) throws IOException {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(ca + "/set"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", MEDIA_TYPE)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith(MEDIA_TYPE)) {
        throw new IOException(
            r.uri() + " answered HTTP " + r.statusCode() + " " + type + ", not a SET message");
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private byte[] get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(ca + path)).GET());
  }

  private static byte[] send(HttpRequest.Builder b) throws IOException {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2 && (r.body() == null || r.body().length == 0)) {
        throw new IOException(r.uri() + " answered HTTP " + r.statusCode());
      }
      if (r.statusCode() == 404) {
        throw new IOException(r.uri() + " answered HTTP 404");
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
