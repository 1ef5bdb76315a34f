package org.agentset.ans.trust;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agentset.ans.infra.AnsRuntime;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/**
 * The CA as the agent server reaches it, over HTTP like any relying party: its CA certificates
 * ({@code GET /ca/pki/ca-certs.pem}) and the CRLs their distribution points name, cached for a
 * minute; and communication certificates for customer agents ({@code POST /ca/comm/agent}, the
 * wallet-signed request forwarded as it is).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CaService {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration CACHE = Duration.ofMinutes(1);

  @EJB private AnsRuntime runtime;

  private volatile CaCertificates cached;
  private volatile Instant cachedAt = Instant.EPOCH;

  /** The CA's certificates and current CRLs (fetched at most once a minute). */
  public CaCertificates certificates() {
    CaCertificates c = cached;
    if (c != null && cachedAt.plus(CACHE).isAfter(Instant.now())) {
      return c;
    }
    byte[] pem =
        get(URI.create(runtime.settings().caUrl() + "/pki/ca-certs.pem"), "the CA certificates");
    List<X509Certificate> certs = new ArrayList<>();
    try {
      for (var cert :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pem))) {
        certs.add((X509Certificate) cert);
      }
    } catch (CertificateException e) {
      throw new AgentProblem("ca-unavailable", 502, "The CA's certificate list cannot be read.");
    }
    Set<URI> crlUris = new LinkedHashSet<>();
    for (X509Certificate cert : certs) {
      crlUris.addAll(distributionPoints(cert));
    }
    List<X509CRL> crls = new ArrayList<>();
    for (URI uri : crlUris) {
      try {
        crls.add(
            (X509CRL)
                CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(get(uri, "a CRL"))));
      } catch (java.security.cert.CRLException | CertificateException | AgentProblem e) {
        // a CA whose CRL cannot be had: path validation then refuses what depends on it
      }
    }
    c = new CaCertificates(certs, crls);
    cached = c;
    cachedAt = Instant.now();
    return c;
  }

  /**
   * The CA's certificates and CRLs plus the CRL at {@code leaf}'s own distribution point (that of
   * the CA which issued it — for a wallet, the communication CA, whose CRL no CA certificate
   * names).
   */
  public CaCertificates certificatesFor(X509Certificate leaf) {
    CaCertificates base = certificates();
    List<X509CRL> crls = new ArrayList<>(base.crls());
    for (URI uri : distributionPoints(leaf)) {
      X509CRL crl = leafCrls.get(uri);
      Instant at = leafCrlsAt.get(uri);
      if (crl == null || at == null || at.plus(CACHE).isBefore(Instant.now())) {
        try {
          crl =
              (X509CRL)
                  CertificateFactory.getInstance("X.509")
                      .generateCRL(new ByteArrayInputStream(get(uri, "the wallet's CRL")));
          leafCrls.put(uri, crl);
          leafCrlsAt.put(uri, Instant.now());
        } catch (java.security.cert.CRLException | CertificateException | AgentProblem e) {
          continue;
        }
      }
      crls.add(crl);
    }
    return new CaCertificates(base.certificates(), crls);
  }

  private final java.util.Map<URI, X509CRL> leafCrls =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<URI, Instant> leafCrlsAt =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Forwards a wallet-signed agent-certificate request to the CA.
   *
   * @return the agent's certificate chain as PEM, leaf first
   */
  public String issueAgentCertificate(byte[] request) {
    HttpResponse<String> r;
    try {
      r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(runtime.settings().caUrl() + "/comm/agent"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/cms")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AgentProblem(
          "ca-unavailable", 502, "The CA cannot be reached to certify the agent.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentProblem("ca-unavailable", 502, "Interrupted while asking the CA.");
    }
    if (r.statusCode() == 201) {
      return r.body();
    }
    String reason = r.body();
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
      reason = reader.readObject().getString("error", reason);
    } catch (RuntimeException e) {
      // keep the body as it is
    }
    throw new AgentProblem(
        r.statusCode() >= 500 ? "ca-unavailable" : "ca-refused",
        r.statusCode() >= 500 ? 502 : 422,
        "The CA refused the agent's certificate: " + reason);
  }

  private static byte[] get(URI uri, String what) {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AgentProblem(
            "ca-unavailable", 502, "The CA answered HTTP " + r.statusCode() + " for " + what + ".");
      }
      return r.body();
    } catch (IOException e) {
      throw new AgentProblem("ca-unavailable", 502, "The CA cannot be reached for " + what + ".");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentProblem("ca-unavailable", 502, "Interrupted while fetching " + what + ".");
    }
  }

  static List<URI> distributionPoints(X509Certificate cert) {
    List<URI> out = new ArrayList<>();
    try {
      Extension ext =
          new JcaX509CertificateHolder(cert).getExtension(Extension.cRLDistributionPoints);
      if (ext == null) {
        return out;
      }
      for (DistributionPoint dp :
          CRLDistPoint.getInstance(ext.getParsedValue()).getDistributionPoints()) {
        if (dp.getDistributionPoint() != null
            && dp.getDistributionPoint().getName() instanceof GeneralNames names) {
          for (GeneralName n : names.getNames()) {
            if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
              out.add(URI.create(n.getName().toString()));
            }
          }
        }
      }
    } catch (CertificateException | RuntimeException e) {
      // no usable distribution point
    }
    return out;
  }
}
