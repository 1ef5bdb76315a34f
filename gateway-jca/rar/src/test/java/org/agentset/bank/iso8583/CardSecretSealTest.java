package org.agentset.bank.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The CardSecret's seal on the wire: AES-256-GCM, nonce ‖ ciphertext ‖ tag, AAD = the record. */
class CardSecretSealTest {

  private static final byte[] KEY = new byte[32];
  private static final byte[] SECRET =
      HexFormat.of().parseHex("0102030405060708090a0b0c0d0e0f1011121314");
  private static final String PAN = "4111111111111111";

  static {
    Arrays.fill(KEY, (byte) 0x42);
  }

  private final CardSecretSeal seal = new CardSecretSeal(KEY, new SecureRandom());

  @Test
  void opensWhatItSealedWithAFreshNonceEachTime() {
    byte[] sealed = seal.seal(PAN, "3512", "9F01", SECRET);
    assertThat(sealed).hasSize(12 + SECRET.length + 16);
    assertThat(seal.open(PAN, "3512", "9F01", sealed))
        .hasValueSatisfying(s -> assertThat(s).isEqualTo(SECRET));
    assertThat(seal.seal(PAN, "3512", "9F01", SECRET)).isNotEqualTo(sealed);
  }

  @Test
  void theFormatIsNonceCiphertextTagWithTheDocumentedAad() throws Exception {
    byte[] sealed = seal.seal(PAN, "3512", "9F01", SECRET);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(KEY, "AES"),
        new GCMParameterSpec(128, Arrays.copyOf(sealed, 12)));
    cipher.updateAAD(
        ("AgentSET SETCSEC v1|" + PAN + "|3512|9F01").getBytes(StandardCharsets.US_ASCII));
    assertThat(cipher.doFinal(sealed, 12, sealed.length - 12)).isEqualTo(SECRET);
  }

  @Test
  void refusesAnotherKeyAnotherRecordOrAlteredBytes() {
    byte[] sealed = seal.seal(PAN, "3512", "9F01", SECRET);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertThat(new CardSecretSeal(otherKey, new SecureRandom()).open(PAN, "3512", "9F01", sealed))
        .isEmpty();
    assertThat(seal.open("5555555555554444", "3512", "9F01", sealed)).isEmpty();
    assertThat(seal.open(PAN, "3601", "9F01", sealed)).isEmpty();
    assertThat(seal.open(PAN, "3512", "9F02", sealed)).isEmpty();
    for (int i : new int[] {0, 12, sealed.length - 1}) {
      byte[] altered = sealed.clone();
      altered[i] ^= 1;
      assertThat(seal.open(PAN, "3512", "9F01", altered)).isEmpty();
    }
    assertThat(seal.open(PAN, "3512", "9F01", Arrays.copyOf(sealed, 27))).isEmpty();
  }

  @Test
  void theKeyIs32Bytes() {
    assertThatThrownBy(() -> new CardSecretSeal(new byte[16], new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
