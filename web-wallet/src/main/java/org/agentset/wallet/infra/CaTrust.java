package org.agentset.wallet.infra;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.wallet.agents.TrustMaterial;

/**
 * The CA's public trust material, fetched over HTTP and kept for {@link #MAX_AGE}: the CA
 * certificates ({@code GET /ca/pki/ca-certs.pem}, root first) and the CRLs of the CAs on the paths
 * the wallet validates ({@code GET /ca/pki/crl/<ca>.crl}: root, brand, geo, merchant, gateway and
 * communication). The root is pinned the first time it is fetched; a CA that later presents another
 * root is refused.
 */
public final class CaTrust implements TrustMaterial {

  /** How long fetched material is used before it is fetched again. */
  public static final Duration MAX_AGE = Duration.ofMinutes(2);

  private static final List<String> CRLS =
      List.of("root", "brand", "geo", "merchant", "gateway", "communication");

  private final URI ca;
  private final Provider provider;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private X509Certificate pinnedRoot;
  private List<X509CRL> crls = List.of();
  private Instant fetchedAt;

  public CaTrust(URI caUrl, Provider provider, Clock clock) {
    this.ca = URI.create(caUrl.toString().replaceAll("/+$", "") + "/");
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Fetches the material unless it is fresh.
   *
   * @throws PeerException if the CA cannot be reached or answers with something unusable
   */
  public synchronized void refresh() throws PeerException {
    Instant now = clock.instant();
    if (fetchedAt != null && now.isBefore(fetchedAt.plus(MAX_AGE))) {
      return;
    }
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509", provider);
      List<X509Certificate> cas = new ArrayList<>();
      for (var c :
          factory.generateCertificates(new ByteArrayInputStream(get("pki/ca-certs.pem")))) {
        cas.add((X509Certificate) c);
      }
      if (cas.isEmpty()) {
        throw new PeerException(200, "The CA published no certificates.");
      }
      X509Certificate root = cas.get(0);
      if (pinnedRoot != null && !pinnedRoot.equals(root)) {
        throw new PeerException(
            200, "The CA presents another root certificate than before; the wallet refuses it.");
      }
      List<X509CRL> fetched = new ArrayList<>();
      for (String name : CRLS) {
        byte[] crl = getOptional("pki/crl/" + name + ".crl");
        if (crl != null) {
          fetched.add((X509CRL) factory.generateCRL(new ByteArrayInputStream(crl)));
        }
      }
      pinnedRoot = root;
      crls = List.copyOf(fetched);
      fetchedAt = now;
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new PeerException(200, "The CA's certificates or CRLs could not be read.", e);
    }
  }

  /** Whether the CA's root key is RSA (the {@code rsa} suite); else the CA runs {@code p256}. */
  public synchronized boolean isRsa() {
    return pinnedRoot != null && pinnedRoot.getPublicKey().getAlgorithm().equals("RSA");
  }

  /** Pins {@code root} (e.g. the root the wallet enrolled under). */
  public synchronized void pin(X509Certificate root) {
    this.pinnedRoot = root;
  }

  @Override
  public synchronized SetPathValidator validator() {
    if (pinnedRoot == null) {
      throw new IllegalStateException("refresh() first");
    }
    return new SetPathValidator(provider, clock, List.of(pinnedRoot));
  }

  @Override
  public synchronized RevocationData revocation() {
    return RevocationData.crlsOnly(crls);
  }

  @Override
  public synchronized Optional<X509CRL> crlOf(X509Certificate issuer) {
    return crls.stream()
        .filter(c -> c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()))
        .findFirst();
  }

  /** As {@link #get} but null for a 404 (a CA that publishes no such CRL). */
  private byte[] getOptional(String path) throws PeerException {
    try {
      return get(path);
    } catch (PeerException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  private byte[] get(String path) throws PeerException {
    URI uri = ca.resolve(path);
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new PeerException(
            r.statusCode(), "The CA answered HTTP " + r.statusCode() + " for " + uri + ".");
      }
      return r.body();
    } catch (IOException e) {
      throw new PeerException(
          0,
          "The CA at " + ca + " could not be reached (" + e.getClass().getSimpleName() + ").",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException(0, "Interrupted while fetching from the CA.", e);
    }
  }
}
