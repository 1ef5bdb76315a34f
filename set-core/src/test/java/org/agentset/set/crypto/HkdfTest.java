package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** RFC 5869 (HKDF-SHA256) and RFC 4231 (HMAC-SHA256) test vectors. */
class HkdfTest {

  private static final byte[] IKM = Hex.decode("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");

  @Test
  void rfc5869TestCase1() {
    byte[] salt = Hex.decode("000102030405060708090a0b0c");
    byte[] info = Hex.decode("f0f1f2f3f4f5f6f7f8f9");
    assertThat(Hex.toHexString(Hkdf.extract(salt, IKM)))
        .isEqualTo("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
    assertThat(Hex.toHexString(Hkdf.derive(salt, IKM, info, 42)))
        .isEqualTo(
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  }

  @Test
  void rfc5869TestCase3WithEmptySaltAndInfo() {
    assertThat(Hex.toHexString(Hkdf.extract(new byte[0], IKM)))
        .isEqualTo("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04");
    assertThat(Hex.toHexString(Hkdf.derive(new byte[0], IKM, new byte[0], 42)))
        .isEqualTo(
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
  }

  @Test
  void rfc4231TestCase2() {
    byte[] mac =
        Hkdf.hmac(
            "Jefe".getBytes(StandardCharsets.US_ASCII),
            "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    assertThat(Hex.toHexString(mac))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
