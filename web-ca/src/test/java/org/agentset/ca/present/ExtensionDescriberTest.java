package org.agentset.ca.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import org.agentset.ca.hierarchy.CaName;
import org.agentset.ca.hierarchy.CaSuite;
import org.agentset.ca.testing.TestHierarchy;
import org.agentset.set.asn1.cert.MerNames;
import org.agentset.set.asn1.cert.MerchantData;
import org.agentset.set.cert.CertificateSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

class ExtensionDescriberTest {

  @Test
  void aMerchantCertificateReadsInWords() {
    X509Certificate cert =
        TestHierarchy.factory()
            .issuer()
            .issue(
                CertificateSpec.merchantSignature(
                    new X500Name("CN=Nordlicht Books"),
                    CaSuite.P256.generate(TestHierarchy.BC, new SecureRandom()).getPublic(),
                    new MerchantData(
                        "NB-0001",
                        "412345",
                        List.of(new MerNames("en", "Nordlicht Books", "Groningen", null, null, "Netherlands")),
                        528,
                        true)),
                TestHierarchy.p256().authorities().get(CaName.MERCHANT).signing());
    List<ExtensionDescriber.Row> rows = ExtensionDescriber.describe(cert);
    assertThat(rows)
        .extracting(ExtensionDescriber.Row::name, ExtensionDescriber.Row::critical, ExtensionDescriber.Row::value)
        .contains(
            tuple("Key usage", true, "digitalSignature"),
            tuple("Basic constraints", true, "end entity"),
            tuple("CRL distribution points", false, "http://pki.agentset.test/ca/pki/crl/merchant.crl"),
            tuple("Authority information access", false, "OCSP: http://pki.agentset.test/ca/ocsp"),
            tuple("SET certificate type", false, "MERCHANT_SIGNATURE ([MER])"),
            tuple(
                "SET merchant data",
                false,
                "merchant NB-0001, acquirer BIN 412345, Nordlicht Books, Groningen, Netherlands (528),"
                    + " authorisations allowed"));
    assertThat(rows)
        .filteredOn(r -> r.name().equals("Certificate policies"))
        .singleElement()
        .satisfies(r -> assertThat(r.value()).startsWith("set-policy-root (2.23.42.5.0)"));
    assertThat(rows)
        .filteredOn(r -> r.name().equals("Subject key identifier"))
        .singleElement()
        .satisfies(r -> assertThat(r.value()).matches("([0-9A-F]{2}:){19}[0-9A-F]{2}"));
  }

  @Test
  void theRootShowsItsRolloverCommitmentAndCaConstraints() {
    List<ExtensionDescriber.Row> rows =
        ExtensionDescriber.describe(TestHierarchy.p256().authorities().get(CaName.ROOT).certificate());
    assertThat(rows)
        .extracting(ExtensionDescriber.Row::name, ExtensionDescriber.Row::value)
        .contains(
            tuple("Basic constraints", "CA, path length ≤ 3"),
            tuple("Key usage", "keyCertSign, cRLSign"),
            tuple("SET hashed root key", "commits to the successor root key (rollover)"));
  }
}
