package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.junit.jupiter.api.Test;

class SetObjectIdentifiersTest {

  @Test
  void privateArcIsTheX667ArcOfTheDocumentedUuid() {
    UUID uuid = UUID.fromString("c3e900fb-5ca3-43fa-80a7-7997df763fbf");
    BigInteger asInteger =
        new BigInteger(1, toBytes(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()));
    assertThat(SetObjectIdentifiers.AGENTSET.getId()).isEqualTo("2.25." + asInteger);
  }

  @Test
  void setArcsAreSetsAndAgentSetArcsAreNot() {
    ASN1ObjectIdentifier certificateType = SetObjectIdentifiers.CERT_EXTENSIONS.branch("1");
    assertThat(certificateType.getId()).isEqualTo("2.23.42.7.1");
    assertThat(SetObjectIdentifiers.isSet(certificateType)).isTrue();
    assertThat(SetObjectIdentifiers.isAgentSet(certificateType)).isFalse();
    assertThat(SetObjectIdentifiers.isAgentSet(SetObjectIdentifiers.AGENTSET_SUITES)).isTrue();
    assertThat(SetObjectIdentifiers.isSet(SetObjectIdentifiers.AGENTSET_SUITES)).isFalse();
  }

  private static byte[] toBytes(long msb, long lsb) {
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (msb >>> (56 - 8 * i));
      out[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    return out;
  }
}
