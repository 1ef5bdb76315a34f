package org.agentset.set.asn1.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.agentset.set.asn1.cert.CertificateType.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateTypeTest {

  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest
  @CsvSource({
    "CARD, 03020780",
    "MER, 03020640",
    "PGWY, 03020520",
    "CCA, 03020410",
    "MCA, 03020308",
    "PCA, 03020204",
    "GCA, 03020102",
    "BCA, 03020001",
    "RCA, 0303070080",
    "ACQ, 0303060040"
  })
  void goldenDerPerEntity(Entity entity, String der) {
    CertificateType t = new CertificateType(entity);
    assertThat(HEX.formatHex(StrictDer.encode(t))).isEqualTo(der);
    assertThat(CertificateType.fromExtensionValue(HEX.parseHex(der)).isOnly(entity)).isTrue();
  }

  @Test
  void combinationsRoundTrip() {
    CertificateType t = new CertificateType(Entity.CCA, Entity.MCA, Entity.RCA);
    CertificateType back = CertificateType.fromExtensionValue(StrictDer.encode(t));
    assertThat(back.entities()).containsExactlyInAnyOrder(Entity.CCA, Entity.MCA, Entity.RCA);
    assertThat(back.isOnly(Entity.CCA)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "030100, no entity named",
    "03020580, trailing zero bits",
    "03020481, not DER",
    "0303050020, unknown bit 10",
    "0403020780, not a BIT STRING",
    "03020780ff, trailing bytes",
    "0381020780, not DER"
  })
  void malformedValuesNameTheField(String der, String reason) {
    assertThatThrownBy(() -> CertificateType.fromExtensionValue(HEX.parseHex(der)))
        .isInstanceOfSatisfying(
            MalformedCertExtensionException.class,
            e -> assertThat(e.field()).isEqualTo("certificateType"))
        .hasMessageContaining(reason);
  }
}
