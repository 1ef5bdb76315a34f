package org.agentset.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.agentset.ca.testing.TestHierarchy;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.Test;

/** The sealed key store: round trip, and nothing readable or changeable without the password. */
class CaKeyStoreTest {

  private static final String PASSWORD = "correct horse battery staple";
  private final CaKeyStore store = new CaKeyStore(TestHierarchy.BC);

  @Test
  void opensWhatItSealedWithTheSamePassword() {
    NewHierarchy h = TestHierarchy.p256();
    byte[] sealed = store.seal(h.keyStoreEntries(), PASSWORD.toCharArray());
    Map<String, CaKeyStore.Entry> opened = store.open(sealed, PASSWORD.toCharArray());
    assertThat(opened.keySet()).isEqualTo(h.keyStoreEntries().keySet());
    for (var e : h.keyStoreEntries().entrySet()) {
      assertThat(opened.get(e.getKey()).key().getEncoded()).isEqualTo(e.getValue().key().getEncoded());
      assertThat(opened.get(e.getKey()).certificate()).isEqualTo(e.getValue().certificate());
    }
  }

  @Test
  void theSealedBytesHoldNoKeyNoAliasAndNoCertificateInClear() throws Exception {
    NewHierarchy h = TestHierarchy.p256();
    byte[] sealed = store.seal(h.keyStoreEntries(), PASSWORD.toCharArray());
    String asText = new String(sealed, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("root/next", "merchant/signing", "AgentCard");
    for (CaKeyStore.Entry e : h.keyStoreEntries().values()) {
      byte[] d = ((java.security.interfaces.ECPrivateKey) e.key()).getS().toByteArray();
      assertThat(Arrays.areEqual(d, sealed) || indexOf(sealed, d) >= 0).isFalse();
      assertThat(indexOf(sealed, e.certificate().getPublicKey().getEncoded())).isNegative();
    }
  }

  @Test
  void aWrongPasswordOrDamagedContentIsRefusedWithoutSayingThePassword() {
    NewHierarchy h = TestHierarchy.p256();
    byte[] sealed = store.seal(h.keyStoreEntries(), PASSWORD.toCharArray());
    assertThatThrownBy(() -> store.open(sealed, "correct horse battery stapler".toCharArray()))
        .isInstanceOf(CaKeyStore.CaKeyStoreException.class)
        .hasMessageContaining("password is wrong or the stored key store is damaged")
        .hasMessageNotContaining("stapler")
        .hasNoCause();
    byte[] damaged = sealed.clone();
    damaged[damaged.length / 2] ^= 0x01;
    assertThatThrownBy(() -> store.open(damaged, PASSWORD.toCharArray()))
        .isInstanceOf(CaKeyStore.CaKeyStoreException.class);
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
