package org.agentset.it.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agentset.it.TestDatabase;
import org.agentset.it.ca.CaClient;
import org.agentset.it.ca.CaOperators;
import org.agentset.it.ca.Pki;
import org.agentset.server.DatabaseSettings;
import org.agentset.set.asn1.cert.BrandCRLIdentifier;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.msg.Credential;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * The certificates a gateway test needs, obtained as the parties would: the gateway enrols itself
 * by SET registration with the CA (the test waits for it; should that not happen in time it falls
 * back to the operator API: the gateway's own PKCS#10 requests, certified by the CA's admin API,
 * installed back); the test merchant's through the CA's admin API; the CA's certificates and CRLs
 * over HTTP. Cardholders enrol by SET cardholder registration ({@link Shop#customer}).
 */
final class GatewayPki {

  static final String OPERATOR = "gina.gateway";
  static final String OPERATOR_PASSWORD = "gateway operator pass phrase";

  private GatewayPki() {}

  /** The gateway's operator, written into {@code gateway.operator} (bcrypt). */
  static void seedOperators() throws Exception {
    CaOperators.seed();
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String hash = OpenBSDBCrypt.generate("2a", OPERATOR_PASSWORD.toCharArray(), salt, 10);
    try (Connection c = db();
        PreparedStatement op =
            c.prepareStatement(
                "insert into gateway.operator (username, password_hash) values (?, ?) on conflict"
                    + " (username) do update set password_hash = excluded.password_hash");
        PreparedStatement role =
            c.prepareStatement(
                "insert into gateway.operator_role (username, role) values (?, 'gateway-operator')"
                    + " on conflict do nothing")) {
      op.setString(1, OPERATOR);
      op.setString(2, hash);
      op.executeUpdate();
      role.setString(1, OPERATOR);
      role.executeUpdate();
    }
  }

  static Connection db() throws Exception {
    DatabaseSettings s = TestDatabase.settings();
    return DriverManager.getConnection(s.url(), s.user(), s.password());
  }

  /**
   * Enrols the gateway unless it is already: its two PKCS#10 requests, certified by the CA,
   * installed through its operator API. Returns the gateway's key-exchange certificate.
   */
  static X509Certificate enrolGateway() throws Exception {
    Map<String, String> status = awaitSelfEnrolment(java.time.Duration.ofSeconds(90));
    if (!"true".equals(status.get("certified"))) {
      try {
        Map<String, String> requests =
            GatewayHttp.operatorJson("GET", "/gateway/api/credentials/requests", null);
        String sig = issue("GATEWAY_SIGNATURE", requests.get("signature"));
        String kx = issue("GATEWAY_KEY_EXCHANGE", requests.get("keyExchange"));
        status =
            GatewayHttp.operatorJson(
                "POST",
                "/gateway/api/credentials",
                "{\"signature\":"
                    + GatewayHttp.json(sig)
                    + ",\"keyExchange\":"
                    + GatewayHttp.json(kx)
                    + "}");
      } catch (AssertionError raced) {
        // the gateway enrolled itself by SET registration meanwhile (409 / another key)
        status = GatewayHttp.operatorJson("GET", "/gateway/api/credentials", null);
        if (!"true".equals(status.get("certified"))) {
          throw raced;
        }
      }
    }
    return Pki.certificates(status.get("keyExchange")).get(0);
  }

  /**
   * Waits for the gateway to enrol itself by SET registration with the CA (its timer tries 20 s
   * after deployment), returning its credentials' status, certified or not.
   */
  static Map<String, String> awaitSelfEnrolment(java.time.Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      Map<String, String> status =
          GatewayHttp.operatorJson("GET", "/gateway/api/credentials", null);
      if ("true".equals(status.get("certified")) || System.nanoTime() > deadline) {
        return status;
      }
      Thread.sleep(1_000);
    }
  }

  private static String issue(String profile, String csr) throws Exception {
    HttpResponse<String> r =
        CaClient.postJson(
            "/ca/api/admin/certificates",
            CaOperators.ADMIN,
            "{\"profile\":\""
                + profile
                + "\",\"csr\":"
                + GatewayHttp.json(csr)
                + ",\"cardCertRequired\":true,\"validityDays\":365}");
    if (r.statusCode() != 201) {
      throw new AssertionError("gateway issuance answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** The gateway's signature certificate, as its operator API shows it. */
  static X509Certificate gatewaySignature() throws Exception {
    Map<String, String> creds = GatewayHttp.operatorJson("GET", "/gateway/api/credentials", null);
    return Pki.certificates(creds.get("signature")).get(0);
  }

  /** The CA's certificates (root and intermediates) as it publishes them. */
  static List<X509Certificate> cas() throws Exception {
    return Pki.certificates(
        new String(CaClient.get("/ca/pki/ca-certs.pem").body(), StandardCharsets.US_ASCII));
  }

  static X509Certificate root(List<X509Certificate> cas) {
    return cas.stream()
        .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
        .findFirst()
        .orElseThrow();
  }

  /** The CA's current CRLs and BCI. */
  static RevocationData revocation() throws Exception {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<X509CRL> crls = new ArrayList<>();
    for (String ca : List.of("root", "brand", "geo", "cardholder", "merchant", "gateway")) {
      HttpResponse<byte[]> r = CaClient.get("/ca/pki/crl/" + ca + ".crl");
      if (r.statusCode() == 200) {
        crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(r.body())));
      }
    }
    HttpResponse<byte[]> bci = CaClient.get("/ca/pki/bci");
    return bci.statusCode() == 200
        ? RevocationData.withBci(crls, BrandCRLIdentifier.fromDer(bci.body()))
        : RevocationData.crlsOnly(crls);
  }

  /** The issuers of {@code leaf} among {@code cas}, nearest first, root excluded. */
  static List<X509Certificate> chain(X509Certificate leaf, List<X509Certificate> cas) {
    List<X509Certificate> out = new ArrayList<>();
    X509Certificate at = leaf;
    while (true) {
      X509Certificate a = at;
      X509Certificate issuer =
          cas.stream()
              .filter(c -> c.getSubjectX500Principal().equals(a.getIssuerX500Principal()))
              .findFirst()
              .orElse(null);
      if (issuer == null
          || issuer.getSubjectX500Principal().equals(issuer.getIssuerX500Principal())) {
        return out;
      }
      out.add(issuer);
      at = issuer;
    }
  }

  /** A merchant's signature and key-exchange credentials, issued through the CA's admin API. */
  static Credential[] merchant(String merchantId, List<X509Certificate> cas) throws Exception {
    KeyPair sigKeys = CaClient.p256();
    KeyPair kxKeys = CaClient.p256();
    String subject = "C=NL,O=Nordlicht Books,CN=Nordlicht Books " + merchantId;
    X509Certificate sig =
        Pki.certificates(CaClient.issueMerchant(subject, sigKeys, merchantId)).get(0);
    HttpResponse<String> r =
        CaClient.postJson(
            "/ca/api/admin/certificates",
            CaOperators.ADMIN,
            CaClient.merchantRequest(CaClient.csr(subject, kxKeys), merchantId)
                .replace("MERCHANT_SIGNATURE", "MERCHANT_KEY_EXCHANGE"));
    if (r.statusCode() != 201) {
      throw new AssertionError(
          "merchant key-exchange issuance answered " + r.statusCode() + ": " + r.body());
    }
    X509Certificate kx = Pki.certificates(r.body()).get(0);
    return new Credential[] {
      new Credential(sigKeys, sig, chain(sig, cas)), new Credential(kxKeys, kx, chain(kx, cas))
    };
  }
}
