package org.agentset.it.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.agentset.it.SuiteArchive;
import org.agentset.set.asn1.sai.SetInitiation;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.RevocationData;
import org.agentset.set.cert.SetPathValidator;
import org.agentset.set.cert.ValidatedPath;
import org.agentset.set.crypto.AlgorithmSuites;
import org.agentset.set.sai.SaiSignedContent;
import org.agentset.set.sai.SetInitiations;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merchant server enrols its shops with the CA by SET merchant registration over HTTP after
 * deployment, and then signs each order's SetInitiation with the shop's own certified key: the
 * initiation verifies against a MERCHANT_SIGNATURE certificate whose path validates to the CA's
 * root with the CA's CRLs, as a wallet checks it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantEnrolmentIT {

  private static final String HTTP_BASE = System.getProperty("agentset.it.http");
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  @Deployment(testable = false)
  static EnterpriseArchive suite() {
    return SuiteArchive.plain();
  }

  @Test
  void enrolledShopsSignTheirOrdersSetInitiation() throws Exception {
    JsonObject order = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      MerchantApi.Answer a =
          MerchantApi.post(
              "/merchants/nordlicht-books/orders",
              MerchantApi.NORDLICHT_TOKEN,
              "enrol-" + UUID.randomUUID(),
              MerchantApiIT.terms(
                  "NB-FIC-005",
                  1,
                  new java.math.BigDecimal("14.90"),
                  "EUR",
                  "http://127.0.0.1:9/none",
                  "neg-enrol"));
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      if ("SIGNED".equals(a.json().getString("setInitiationStatus"))) {
        order = a.json();
        break;
      }
      Thread.sleep(5000);
    }
    assertThat(order).as("a signed initiation within 3 minutes of deployment").isNotNull();

    byte[] der = Base64.getDecoder().decode(order.getString("setInitiation"));
    SaiSignedContent signed = SetInitiations.read(der);
    List<X509Certificate> path = signed.signerPath(BC);
    ValidatedPath validated =
        new SetPathValidator(BC, Clock.systemUTC(), List.of(root()))
            .validate(path, RevocationData.crlsOnly(crls()));
    assertThat(validated.leafProfile()).isEqualTo(CertificateProfile.MERCHANT_SIGNATURE);
    SetInitiation initiation =
        new SetInitiations(new AlgorithmSuites(BC, new java.security.SecureRandom()).p256())
            .verify(signed, signed.signerCertificate().orElseThrow());
    assertThat(initiation.getMerchantCode()).isEqualTo("nordlicht-books");
    assertThat(new String(initiation.getLocalIdM(), StandardCharsets.US_ASCII))
        .isEqualTo(order.getString("lidM"));
    assertThat(initiation.getOrderDescription()).isEqualTo(order.getString("orderDescription"));
    assertThat(initiation.getSetEndpoint()).isEqualTo(HTTP_BASE + "/merchant/set");

    MerchantApi.Answer again =
        MerchantApi.get(
            "/merchants/nordlicht-books/orders/" + order.getString("orderId"),
            MerchantApi.NORDLICHT_TOKEN);
    assertThat(again.json().getString("setInitiation")).isEqualTo(order.getString("setInitiation"));
  }

  private static byte[] get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(HTTP_BASE + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }

  private static X509Certificate root() throws Exception {
    for (var c :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(get("/ca/pki/ca-certs.pem")))) {
      X509Certificate x = (X509Certificate) c;
      if (x.getSubjectX500Principal().equals(x.getIssuerX500Principal())) {
        return x;
      }
    }
    throw new AssertionError("no root published");
  }

  private static List<X509CRL> crls() throws Exception {
    List<X509CRL> out = new ArrayList<>();
    for (String n : List.of("root", "brand", "geo", "merchant")) {
      out.add(
          (X509CRL)
              CertificateFactory.getInstance("X.509")
                  .generateCRL(new ByteArrayInputStream(get("/ca/pki/crl/" + n + ".crl"))));
    }
    return out;
  }
}
