package org.agentset.gateway.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.cert.RevocationData;

/**
 * What the gateway knows of the CA, fetched over HTTP like any relying party and cached with
 * expiry: the CA certificates ({@code /ca/pki/ca-certs.pem}; the self-signed one is the root), the
 * CRL of every CA that certifies SET parties ({@code /ca/pki/crl/<ca>.crl}) and the newest
 * BrandCRLIdentifier ({@code /ca/pki/bci}). A snapshot is used until the configured time to live or
 * the earliest CRL's nextUpdate, whichever comes first; when the CA cannot be reached a snapshot
 * whose CRLs are still current is kept, else the gateway refuses to validate (never validates
 * against stale revocation data). The same {@link RevocationData} object is handed out for the life
 * of a snapshot, so set-core's certificate cache keeps its entries until revocation changes.
 */
public final class CaDirectory {

  /** The CAs whose CRLs a merchant's, cardholder's or the gateway's own path may need. */
  static final List<String> CRL_ISSUERS =
      List.of("root", "brand", "geo", "cardholder", "merchant", "gateway");

  /** One fetch of the CA's published state. */
  public record Snapshot(
      List<X509Certificate> cas,
      X509Certificate root,
      RevocationData revocation,
      Instant fetched,
      Instant expires) {}

  private final URI ca;
  private final Duration ttl;
  private final Clock clock;
  private final HttpClient http;
  private volatile Snapshot current;

  public CaDirectory(URI ca, Duration ttl, Clock clock) {
    this.ca = ca;
    this.ttl = ttl;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * The current snapshot, refreshed when expired.
   *
   * @throws CaUnavailableException when no current snapshot can be had
   */
  public Snapshot snapshot() throws CaUnavailableException {
    Snapshot s = current;
    Instant now = clock.instant();
    if (s != null && now.isBefore(s.expires())) {
      return s;
    }
    synchronized (this) {
      s = current;
      if (s != null && clock.instant().isBefore(s.expires())) {
        return s;
      }
      try {
        current = keepUnchanged(s, fetch());
        return current;
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        if (s != null && crlsCurrent(s.revocation(), clock.instant())) {
          return s;
        }
        throw new CaUnavailableException(
            "the CA's certificates and revocation lists cannot be fetched from " + ca, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CaUnavailableException("interrupted while fetching from the CA", e);
      }
    }
  }

  /** Forgets the snapshot: the next call fetches (after a revocation, or in tests). */
  public void invalidate() {
    current = null;
  }

  /** The cached snapshot without fetching, if there is one. */
  public Optional<Snapshot> cached() {
    return Optional.ofNullable(current);
  }

  private Snapshot fetch() throws IOException, InterruptedException, GeneralSecurityException {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<X509Certificate> cas = new ArrayList<>();
    for (var c :
        cf.generateCertificates(new ByteArrayInputStream(get("/pki/ca-certs.pem").orElseThrow()))) {
      cas.add((X509Certificate) c);
    }
    X509Certificate root =
        cas.stream()
            .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
            .findFirst()
            .orElseThrow(() -> new IOException("the CA published no root certificate"));
    List<X509CRL> crls = new ArrayList<>();
    for (String name : CRL_ISSUERS) {
      Optional<byte[]> der = get("/pki/crl/" + name + ".crl");
      if (der.isPresent()) {
        crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(der.get())));
      }
    }
    Optional<byte[]> bci = get("/pki/bci");
    RevocationData revocation =
        bci.isPresent()
            ? RevocationData.withBci(crls, BrandCRLIdentifier.fromDer(bci.get()))
            : RevocationData.crlsOnly(crls);
    Instant now = clock.instant();
    Instant expires = now.plus(ttl);
    for (X509CRL crl : crls) {
      if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(expires)) {
        expires = crl.getNextUpdate().toInstant();
      }
    }
    return new Snapshot(List.copyOf(cas), root, revocation, now, expires);
  }

  /**
   * The fresh snapshot, but with the previous one's objects when nothing changed (same CA
   * certificates, CRLs and BCI), so set-core's certificate cache, keyed on the revocation object,
   * stays warm across refreshes.
   */
  private static Snapshot keepUnchanged(Snapshot was, Snapshot now)
      throws GeneralSecurityException {
    if (was == null
        || !encodedCerts(was.cas()).equals(encodedCerts(now.cas()))
        || !encodedCrls(was.revocation()).equals(encodedCrls(now.revocation()))
        || !java.util.Objects.equals(bci(was.revocation()), bci(now.revocation()))) {
      return now;
    }
    return new Snapshot(was.cas(), was.root(), was.revocation(), now.fetched(), now.expires());
  }

  private static List<String> encodedCerts(List<X509Certificate> certs)
      throws GeneralSecurityException {
    List<String> out = new ArrayList<>();
    for (X509Certificate c : certs) {
      out.add(java.util.Base64.getEncoder().encodeToString(c.getEncoded()));
    }
    return out;
  }

  private static List<String> encodedCrls(RevocationData r) throws GeneralSecurityException {
    List<String> out = new ArrayList<>();
    for (X509CRL c : r.crls()) {
      out.add(java.util.Base64.getEncoder().encodeToString(c.getEncoded()));
    }
    return out;
  }

  private static String bci(RevocationData r) {
    try {
      return r.bci() == null
          ? null
          : java.util.Base64.getEncoder().encodeToString(r.bci().getEncoded());
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean crlsCurrent(RevocationData r, Instant now) {
    return r.crls().stream()
        .allMatch(c -> c.getNextUpdate() == null || now.isBefore(c.getNextUpdate().toInstant()));
  }

  /** Posts a DER OCSPRequest to {@code <ca>/ocsp} (RFC 6960 over HTTP) and returns the answer. */
  public byte[] ocsp(byte[] request) throws IOException {
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(ca + "/ocsp"))
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/ocsp-request")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IOException("POST /ocsp answered " + r.statusCode());
      }
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking the CA's OCSP responder", e);
    }
  }

  /** The body of {@code GET <ca><path>}, empty on 404. */
  private Optional<byte[]> get(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(ca + path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    if (r.statusCode() != 200) {
      throw new IOException(
          "GET "
              + path
              + " answered "
              + r.statusCode()
              + ": "
              + new String(r.body(), StandardCharsets.UTF_8));
    }
    return Optional.of(r.body());
  }

  /** The CA's published state cannot be had. */
  public static final class CaUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
