package org.agentset.set.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.agentset.set.crypto.SetCryptoException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link SetCryptoException}s, and the suites tests run over. */
final class Reasons {

  /** The suites, with deterministic randomness, for parameterized tests. */
  static final AlgorithmSuites SUITES = TestKeys.suites("AgentSET tests");

  private Reasons() {}

  static Stream<AlgorithmSuite> suites() {
    return SUITES.all().stream();
  }

  /** Asserts that {@code call} fails with {@code reason}, and that its message is plain text. */
  static void fails(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SetCryptoException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).isEqualTo(reason.text() + ": " + e.field());
            });
  }

  /** As {@link #fails(ThrowingCallable, Reason)}, also checking the field named. */
  static void fails(ThrowingCallable call, Reason reason, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SetCryptoException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  /** The other suite, for cross-suite tests. */
  static AlgorithmSuite other(AlgorithmSuite suite) {
    return suite == SUITES.p256() ? SUITES.rsa() : SUITES.p256();
  }
}
