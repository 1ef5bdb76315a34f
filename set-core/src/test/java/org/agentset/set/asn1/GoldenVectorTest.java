package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.StrictDer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The encoders reproduce the stored golden vectors byte for byte, and the vectors decode strictly.
 */
class GoldenVectorTest {

  static Stream<GoldenVectors.Vector> vectors() {
    return GoldenVectors.all().stream();
  }

  @BeforeAll
  static void writeIfAsked() throws IOException {
    if (Boolean.getBoolean("agentset.vectors.write")) {
      for (GoldenVectors.Vector v : GoldenVectors.all()) {
        v.write();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encodingMatchesTheGoldenVector(GoldenVectors.Vector v) {
    assertThat(Hex.toHexString(v.sample().der())).isEqualTo(Hex.toHexString(v.expected()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void goldenVectorDecodesToTheSample(GoldenVectors.Vector v) {
    ASN1Encodable decoded = StrictDer.decode(v.expected(), DerLimits.DEFAULT, v.sample().decoder());
    assertThat(decoded).isEqualTo(v.sample().value());
  }
}
