package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agentset.set.crypto.SetCryptoException.Reason;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** The GCM specification's AES-256 test cases 14 and 16, and every tamper. */
class Aes256GcmTest {

  private static final Aes256Gcm GCM = Aes256Gcm.INSTANCE;
  private static final byte[] KEY =
      Hex.decode("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
  private static final byte[] NONCE = Hex.decode("cafebabefacedbaddecaf888");
  private static final byte[] AAD = Hex.decode("feedfacedeadbeeffeedfacedeadbeefabaddad2");
  private static final byte[] PLAINTEXT =
      Hex.decode(
          "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
              + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
  private static final byte[] SEALED =
      Hex.decode(
          "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
              + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
              + "76fc6ece0f4e1768cddf8853bb2d551b");

  @Test
  void testCase14() throws Exception {
    byte[] sealed = GCM.seal(new byte[32], new byte[12], new byte[0], new byte[16]);
    assertThat(Hex.toHexString(sealed))
        .isEqualTo("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
  }

  @Test
  void testCase16SealsAndOpens() throws Exception {
    assertThat(GCM.seal(KEY, NONCE, AAD, PLAINTEXT)).isEqualTo(SEALED);
    assertThat(GCM.open(KEY, NONCE, AAD, SEALED, "f")).isEqualTo(PLAINTEXT);
  }

  @Test
  void flippedCiphertextFails() {
    assertFails(KEY, NONCE, AAD, Tamper.flip(SEALED, 0));
  }

  @Test
  void flippedTagFails() {
    assertFails(KEY, NONCE, AAD, Tamper.flip(SEALED, SEALED.length - 1));
  }

  @Test
  void flippedAssociatedDataFails() {
    assertFails(KEY, NONCE, Tamper.flip(AAD, 4), SEALED);
  }

  @Test
  void wrongKeyFails() {
    assertFails(Tamper.flip(KEY, 31), NONCE, AAD, SEALED);
  }

  @Test
  void wrongNonceFails() {
    assertFails(KEY, Tamper.flip(NONCE, 0), AAD, SEALED);
  }

  @Test
  void truncatedFails() {
    assertFails(KEY, NONCE, AAD, Tamper.truncate(SEALED, 1));
    assertThatThrownBy(() -> GCM.open(KEY, NONCE, AAD, new byte[15], "f"))
        .isInstanceOfSatisfying(
            SetCryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }

  private static void assertFails(byte[] key, byte[] nonce, byte[] aad, byte[] sealed) {
    assertThatThrownBy(() -> GCM.open(key, nonce, aad, sealed, "content"))
        .isInstanceOfSatisfying(
            SetCryptoException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED);
              assertThat(e.getMessage()).isEqualTo("decryption failed: content");
            });
  }
}
