package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.StrictDer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SET type: build, encode, decode strictly, compare, re-encode byte for byte. */
class RoundTripTest {

  static Stream<Case> cases() {
    return AllCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesToAnEqualValueAndReencodesIdentically(Case c) throws Exception {
    byte[] der = c.der();
    ASN1Encodable decoded = StrictDer.decode(der, DerLimits.DEFAULT, c.decoder());
    assertThat(decoded).isEqualTo(c.value());
    assertThat(decoded.getClass()).isEqualTo(c.value().getClass());
    assertThat(decoded.toASN1Primitive().getEncoded(ASN1Encoding.DER)).isEqualTo(der);
    ASN1Encodable fromBytes = c.decoder().decode(StrictDer.parse(der, DerLimits.DEFAULT));
    assertThat(fromBytes.toASN1Primitive().getEncoded(ASN1Encoding.DER)).isEqualTo(der);
  }
}
