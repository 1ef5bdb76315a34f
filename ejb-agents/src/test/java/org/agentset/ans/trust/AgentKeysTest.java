package org.agentset.ans.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.SecureRandom;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

class AgentKeysTest {

  private final AgentKeys keys =
      new AgentKeys(AnsPki.BC, new SecureRandom(), "a-long-enough-password".toCharArray());

  @Test
  void aSealedKeyOpensOnlyForItsAgentAndPassword() {
    KeyPair k = keys.generate();
    byte[] sealed = keys.seal("agent-1", k.getPrivate());
    assertThat(keys.open("agent-1", sealed).getEncoded()).isEqualTo(k.getPrivate().getEncoded());
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(
            new String(k.getPrivate().getEncoded(), java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> keys.open("agent-2", sealed)).hasMessageContaining("another agent's");
    AgentKeys other =
        new AgentKeys(AnsPki.BC, new SecureRandom(), "another-long-password".toCharArray());
    assertThatThrownBy(() -> other.open("agent-1", sealed))
        .isInstanceOf(IllegalStateException.class);
    byte[] damaged = sealed.clone();
    damaged[damaged.length - 1] ^= 1;
    assertThatThrownBy(() -> keys.open("agent-1", damaged))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> keys.open("agent-1", null)).hasMessageContaining("destroyed");
  }

  @Test
  void theRequestNamesTheAgentAndProvesPossession() throws Exception {
    KeyPair k = keys.generate();
    PKCS10CertificationRequest r = keys.request("3f1c", k);
    assertThat(r.getSubject().toString()).contains("CN=3f1c");
    assertThat(
            r.isSignatureValid(
                new JcaContentVerifierProviderBuilder()
                    .setProvider(AnsPki.BC)
                    .build(k.getPublic())))
        .isTrue();
  }
}
