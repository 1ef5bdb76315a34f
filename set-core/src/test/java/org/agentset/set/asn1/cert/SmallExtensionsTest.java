package org.agentset.set.asn1.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.junit.jupiter.api.Test;

/** cardCertRequired, tunneling, setExtensions, agentCertificateType, the SET policy qualifier. */
class SmallExtensionsTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void cardCertRequired() {
    assertThat(HEX.formatHex(StrictDer.encode(new CardCertRequired(true)))).isEqualTo("0101ff");
    assertThat(CardCertRequired.fromExtensionValue(HEX.parseHex("010100")).required()).isFalse();
    field(
        () -> CardCertRequired.fromExtensionValue(HEX.parseHex("010101")),
        "cardCertRequired"); // BER TRUE
    field(() -> CardCertRequired.fromExtensionValue(HEX.parseHex("020101")), "cardCertRequired");
  }

  @Test
  void tunneling() {
    Tunneling t = new Tunneling(true, List.of(NISTObjectIdentifiers.id_aes256_GCM));
    Tunneling back = Tunneling.fromExtensionValue(StrictDer.encode(t));
    assertThat(back.tunneling()).isTrue();
    assertThat(back.algorithms()).containsExactly(NISTObjectIdentifiers.id_aes256_GCM);
    assertThat(
            Tunneling.fromExtensionValue(StrictDer.encode(new Tunneling(false, back.algorithms())))
                .tunneling())
        .isFalse();
    field(
        () -> Tunneling.fromExtensionValue(HEX.parseHex("30050101ff3000")), "tunneling.tunneling");
    field(() -> Tunneling.fromExtensionValue(HEX.parseHex("30023000")), "tunneling.tunnelAlgIDs");
  }

  @Test
  void setExtensions() {
    SetExtensions s = new SetExtensions(List.of(new ASN1ObjectIdentifier("2.23.42.9.1")));
    assertThat(SetExtensions.fromExtensionValue(StrictDer.encode(s)).extensions())
        .containsExactly(new ASN1ObjectIdentifier("2.23.42.9.1"));
    field(() -> SetExtensions.fromExtensionValue(HEX.parseHex("3000")), "setExtensions");
    field(() -> SetExtensions.fromExtensionValue(HEX.parseHex("3003020101")), "setExtensions");
  }

  @Test
  void agentCertificateType() {
    assertThat(
            HEX.formatHex(
                StrictDer.encode(
                    new AgentCertificateType(AgentCertificateType.Role.CUSTOMER_AGENT))))
        .isEqualTo("0a0101");
    assertThat(AgentCertificateType.fromExtensionValue(HEX.parseHex("0a0100")).role())
        .isEqualTo(AgentCertificateType.Role.WALLET);
    field(
        () -> AgentCertificateType.fromExtensionValue(HEX.parseHex("0a0102")),
        "agentCertificateType");
    field(
        () -> AgentCertificateType.fromExtensionValue(HEX.parseHex("0a01ff")),
        "agentCertificateType");
    field(
        () -> AgentCertificateType.fromExtensionValue(HEX.parseHex("020100")),
        "agentCertificateType");
  }

  @Test
  void setPolicyQualifier() {
    SetQualifier root = new SetQualifier("Test policy", "https://ca.test/policy", "mailto:ca@test");
    AdditionalPolicy brand =
        new AdditionalPolicy(
            new ASN1ObjectIdentifier("2.23.42.5.0.1"),
            new SetQualifier(null, "https://brand.test", null),
            new CertificateType(CertificateType.Entity.BCA));
    SetPolicyQualifier q = new SetPolicyQualifier(root, List.of(brand));
    SetPolicyQualifier back = SetPolicyQualifier.fromDer(StrictDer.encode(q));
    assertThat(StrictDer.encode(back)).isEqualTo(StrictDer.encode(q));
    assertThat(back.rootQualifier().policyEmail()).contains("mailto:ca@test");
    assertThat(back.additionalPolicies().get(0).addedBy().isOnly(CertificateType.Entity.BCA))
        .isTrue();
    field(
        () -> SetPolicyQualifier.fromDer(HEX.parseHex("30023000")),
        "setPolicyQualifier.rootQualifier");
    field(() -> new SetQualifier(null, null, null), "setQualifier");
  }

  private static void field(Runnable r, String field) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
