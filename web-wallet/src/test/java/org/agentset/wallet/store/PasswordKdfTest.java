package org.agentset.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordKdfTest {

  private static final byte[] SALT = Fixtures.secret("salt", 16);

  @Test
  void samePasswordAndSaltGiveTheSameKeyAndOthersDoNot() {
    DerivedKey a = PasswordKdf.derive("pässword".toCharArray(), SALT, Fixtures.CHEAP);
    DerivedKey b = PasswordKdf.derive("pässword".toCharArray(), SALT, Fixtures.CHEAP);
    assertThat(a.aesKey()).isEqualTo(b.aesKey()).hasSize(32);
    assertThat(a.matches(b.keyCheck())).isTrue();
    assertThat(a.keyCheck()).isNotEqualTo(a.aesKey());

    DerivedKey otherPassword = PasswordKdf.derive("passwörd".toCharArray(), SALT, Fixtures.CHEAP);
    DerivedKey otherSalt =
        PasswordKdf.derive("pässword".toCharArray(), Fixtures.secret("salt2", 16), Fixtures.CHEAP);
    DerivedKey otherCost =
        PasswordKdf.derive("pässword".toCharArray(), SALT, new KdfParameters(256, 2, 1));
    for (DerivedKey other : new DerivedKey[] {otherPassword, otherSalt, otherCost}) {
      assertThat(other.aesKey()).isNotEqualTo(a.aesKey());
      assertThat(a.matches(other.keyCheck())).isFalse();
    }
  }

  @Test
  void composedAndDecomposedAccentsAreTheSamePassword() {
    DerivedKey composed = PasswordKdf.derive("caf\u00e9".toCharArray(), SALT, Fixtures.CHEAP);
    DerivedKey decomposed = PasswordKdf.derive("cafe\u0301".toCharArray(), SALT, Fixtures.CHEAP);
    assertThat(decomposed.aesKey()).isEqualTo(composed.aesKey());
  }

  @Test
  void aDestroyedKeyIsZeroedAndRefusesUse() {
    DerivedKey k = PasswordKdf.derive("x".toCharArray(), SALT, Fixtures.CHEAP);
    byte[] inside = k.aesKey();
    k.destroy();
    assertThat(inside).containsOnly(0);
    assertThat(k.isDestroyed()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(k::aesKey)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theDefaultCostIsRfc9106sSecondRecommendation() {
    assertThat(KdfParameters.DEFAULT).isEqualTo(new KdfParameters(65_536, 3, 4));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KdfParameters(2 << 20, 3, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
