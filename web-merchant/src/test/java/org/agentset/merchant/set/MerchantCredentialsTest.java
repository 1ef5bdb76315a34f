package org.agentset.merchant.set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.agentset.set.cert.SealedKeyStore;
import org.agentset.set.msg.Credential;
import org.agentset.set.msg.FlowFixture;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class MerchantCredentialsTest {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final char[] PASSWORD = "a merchant key store password".toCharArray();

  @Test
  void sealedKeysOpenAgainWithThePasswordOnly() throws Exception {
    FlowFixture fx = FlowFixture.of("p256");
    Credential sig = fx.credential("merchant-sig");
    Credential kx = fx.credential("merchant-kx");
    MerchantCredentials.Sealed sealed =
        MerchantCredentials.seal(BC, "nordlicht-books", sig, kx, PASSWORD);

    MerchantCredentials.Opened opened =
        MerchantCredentials.open(BC, "nordlicht-books", sealed, PASSWORD);
    assertThat(opened.signature().certificate()).isEqualTo(sig.certificate());
    assertThat(opened.signature().keyPair().getPrivate().getEncoded())
        .isEqualTo(sig.keyPair().getPrivate().getEncoded());
    assertThat(opened.keyExchange().certificate()).isEqualTo(kx.certificate());
    assertThat(opened.signature().chain()).isEqualTo(sig.chain());

    String plain = new String(sealed.keys(), StandardCharsets.ISO_8859_1);
    assertThat(plain).doesNotContain("Merchant");
    assertThatThrownBy(
            () ->
                MerchantCredentials.open(
                    BC, "nordlicht-books", sealed, "wrong password, long enough".toCharArray()))
        .isInstanceOf(SealedKeyStore.SealedKeyStoreException.class)
        .hasMessageNotContaining("wrong password, long enough");
  }
}
