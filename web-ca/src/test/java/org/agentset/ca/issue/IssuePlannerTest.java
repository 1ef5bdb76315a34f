package org.agentset.ca.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.CaSuite;
import org.agentset.ca.testing.Csrs;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.cert.CertificateProfile;
import org.agentset.set.cert.SetCertificateInfo;
import org.junit.jupiter.api.Test;

class IssuePlannerTest {

  private static final MerchantDetails NORDLICHT =
      new MerchantDetails(
          "NB-0001", "412345", "Nordlicht Books", "Groningen", null, "9712 AB", "Netherlands", 528, true);

  private final IssuePlanner planner = new IssuePlanner(new CertificationRequests(TestHierarchy.BC));

  private static String csr() throws Exception {
    return Csrs.pem(
        Csrs.request(
            "CN=Nordlicht Books, C=NL",
            CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom()),
            "SHA256withECDSA"));
  }

  @Test
  void merchantCertificatesComeFromTheMerchantCaWithMerchantData() throws Exception {
    IssuePlanner.Plan plan =
        planner.plan(new IssueRequest(CertificateProfile.MERCHANT_SIGNATURE, csr(), NORDLICHT, false, 400));
    assertThat(plan.issuer()).isEqualTo(CaName.MERCHANT);
    assertThat(plan.ownerRef()).isEqualTo("merchant:412345/NB-0001");
    var cert =
        TestHierarchy.factory()
            .issuer()
            .issue(plan.spec(), TestHierarchy.p256().authorities().get(CaName.MERCHANT).signing());
    SetCertificateInfo info = SetCertificateInfo.of(cert);
    assertThat(info.profile()).contains(CertificateProfile.MERCHANT_SIGNATURE);
    assertThat(info.merchantData().orElseThrow().acquirerBin()).isEqualTo("412345");
    assertThat(Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant()))
        .isEqualTo(Duration.ofDays(400));
  }

  @Test
  void gatewayCertificatesComeFromTheGatewayCa() throws Exception {
    IssuePlanner.Plan sig =
        planner.plan(new IssueRequest(CertificateProfile.GATEWAY_SIGNATURE, csr(), null, true, 30));
    assertThat(sig.issuer()).isEqualTo(CaName.GATEWAY);
    var cert =
        TestHierarchy.factory()
            .issuer()
            .issue(sig.spec(), TestHierarchy.p256().authorities().get(CaName.GATEWAY).signing());
    assertThat(SetCertificateInfo.of(cert).cardCertRequired().orElseThrow().required()).isTrue();
    assertThat(
            planner
                .plan(new IssueRequest(CertificateProfile.GATEWAY_KEY_EXCHANGE, csr(), null, false, 30))
                .spec()
                .profile())
        .isEqualTo(CertificateProfile.GATEWAY_KEY_EXCHANGE);
  }

  @Test
  void wrongInputIsNamed() throws Exception {
    String csr = csr();
    assertThatThrownBy(() -> planner.plan(new IssueRequest(CertificateProfile.CARDHOLDER, csr, null, false, 30)))
        .hasMessageContaining("merchant or payment-gateway");
    assertThatThrownBy(() -> planner.plan(new IssueRequest(CertificateProfile.MERCHANT_SIGNATURE, csr, NORDLICHT, false, 0)))
        .hasMessageContaining("Validity must be 1 to 1095 days");
    assertThatThrownBy(() -> planner.plan(new IssueRequest(CertificateProfile.MERCHANT_SIGNATURE, csr, null, false, 30)))
        .hasMessageContaining("need the merchant's data");
    MerchantDetails badBin =
        new MerchantDetails("NB-1", "41234X", "N", "G", null, null, "Netherlands", 528, true);
    assertThatThrownBy(() -> planner.plan(new IssueRequest(CertificateProfile.MERCHANT_SIGNATURE, csr, badBin, false, 30)))
        .hasMessageContaining("six digits");
    MerchantDetails longName =
        new MerchantDetails("NB-1", "412345", "N".repeat(26), "G", null, null, "Netherlands", 528, true);
    assertThatThrownBy(() -> planner.plan(new IssueRequest(CertificateProfile.MERCHANT_SIGNATURE, csr, longName, false, 30)))
        .hasMessageStartingWith("Merchant data: ")
        .hasMessageContaining("name");
  }
}
