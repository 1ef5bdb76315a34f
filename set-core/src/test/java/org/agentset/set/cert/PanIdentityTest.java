package org.agentset.set.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PANSecret and the PAN-free cardholder identity: known answers, binding, and no PAN in the
 * certificate.
 */
class PanIdentityTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void knownAnswersFromAnIndependentImplementation() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("/vectors/cert/pan-identity.txt")) {
      lines =
          new String(in.readAllBytes(), StandardCharsets.US_ASCII)
              .lines()
              .filter(l -> !l.startsWith("#"))
              .toList();
    }
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      String[] f = line.split(" ");
      PanSecret secret = PanSecret.derive(HEX.parseHex(f[1]), HEX.parseHex(f[2]));
      assertThat(HEX.formatHex(secret.bytes())).as(f[0] + " PANSecret").isEqualTo(f[5]);
      YearMonth expiry =
          YearMonth.of(Integer.parseInt(f[4].substring(0, 4)), Integer.parseInt(f[4].substring(4)));
      assertThat(PanIdentity.compute(secret, f[3], expiry).toCommonName())
          .as(f[0] + " identity")
          .isEqualTo(f[6]);
    }
  }

  @Test
  void gatewayRecomputesTheIdentityFromPanData() {
    TestPki pki = TestPki.rsa();
    PanSecret fromPanData =
        PanSecret.of(PanSecret.derive(TestPki.CARD_SECRET, TestPki.CA_NONCE).bytes());
    assertThat(
            PanIdentity.compute(fromPanData, TestPki.PAN, TestPki.EXPIRY).matches(pki.cardholder))
        .isTrue();
    assertThat(
            PanIdentity.compute(fromPanData, "4111111111111112", TestPki.EXPIRY)
                .matches(pki.cardholder))
        .isFalse();
    assertThat(
            PanIdentity.compute(fromPanData, TestPki.PAN, TestPki.EXPIRY.plusMonths(1))
                .matches(pki.cardholder))
        .isFalse();
    PanSecret other = PanSecret.derive(TestPki.CARD_SECRET, new byte[20]);
    assertThat(PanIdentity.compute(other, TestPki.PAN, TestPki.EXPIRY).matches(pki.cardholder))
        .isFalse();
    assertThat(
            PanIdentity.compute(fromPanData, TestPki.PAN, TestPki.EXPIRY).matches(pki.merchantSig))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "p256"})
  void cardholderCertificateContainsThePanInNoEncoding(String scheme) throws Exception {
    byte[] der = TestPki.of(scheme).get().cardholder.getEncoded();
    String pan = TestPki.PAN;
    assertThat(indexOf(der, pan.getBytes(StandardCharsets.US_ASCII))).as("ASCII").isNegative();
    assertThat(indexOf(der, pan.getBytes(StandardCharsets.UTF_16BE))).as("BMPString").isNegative();
    assertThat(indexOf(der, HEX.parseHex(pan))).as("packed BCD").isNegative();
    assertThat(indexOf(der, HEX.formatHex(HEX.parseHex(pan)).getBytes(StandardCharsets.US_ASCII)))
        .as("hex text")
        .isNegative();
    byte[] nibbleSwapped = HEX.parseHex(new StringBuilder(pan).reverse().toString());
    assertThat(indexOf(der, nibbleSwapped)).as("reversed BCD").isNegative();
    assertThat(new String(der, StandardCharsets.ISO_8859_1)).doesNotContain(pan.substring(0, 12));
  }

  @Test
  void cardholderCertificateEndsWithTheCard() {
    TestPki pki = TestPki.p256();
    assertThat(pki.cardholder.getNotAfter().toInstant())
        .isBeforeOrEqualTo(
            TestPki.EXPIRY.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    assertThat(pki.cardholder.getSubjectX500Principal().getName()).doesNotContain(TestPki.PAN);
  }

  @Test
  void inputsAreChecked() {
    PanSecret s = PanSecret.derive(new byte[16], new byte[16]);
    assertThatThrownBy(() -> PanIdentity.compute(s, "41111111111", TestPki.EXPIRY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanIdentity.compute(s, "4111 1111 1111 1111", TestPki.EXPIRY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanSecret.derive(new byte[15], new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanSecret.derive(new byte[16], new byte[15]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanSecret.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.toString()).doesNotContain("00");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
