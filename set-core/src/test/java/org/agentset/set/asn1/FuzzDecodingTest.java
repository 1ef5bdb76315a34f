package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.agentset.set.asn1.der.DerLimits;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.asn1.der.StrictDer;
import org.bouncycastle.asn1.ASN1Encodable;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of every sample: decoding either succeeds, and then the value re-encodes
 * to exactly the mutated bytes, or fails with a SetDecodingException. Anything else (a runtime
 * exception, an error, a non-canonical success) fails the test with the seed and iteration.
 */
class FuzzDecodingTest {

  private static final long SEED = 0x5E7_2026L;
  private static final int ITERATIONS = 6000;

  @Test
  void mutatedMessagesOnlyEverDecodeCanonicallyOrFailTyped() {
    List<Case> cases = AllCases.all();
    List<byte[]> encodings = cases.stream().map(Case::der).toList();
    Random random = new Random(SEED);
    DerLimits limits = new DerLimits(1 << 16, 24);
    int decoded = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      int which = random.nextInt(cases.size());
      byte[] input = mutate(encodings.get(which), random);
      try {
        ASN1Encodable value = StrictDer.decode(input, limits, cases.get(which).decoder());
        assertThat(Samples.der(value))
            .as("iteration %d of %s", i, cases.get(which))
            .isEqualTo(input);
        decoded++;
      } catch (SetDecodingException expected) {
        assertThat(expected.getReason()).isNotNull();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        fail("iteration %d of %s (seed %d) threw %s", i, cases.get(which), SEED, e);
      }
    }
    // some mutations (e.g. a changed nonce byte) stay valid: the test exercises both outcomes
    assertThat(decoded).isPositive().isLessThan(ITERATIONS);
  }

  static byte[] mutate(byte[] original, Random random) {
    byte[] b = original.clone();
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && b.length > 0; m++) {
      int pos = random.nextInt(b.length);
      switch (random.nextInt(7)) {
        case 0 -> b[pos] ^= (byte) (1 << random.nextInt(8));
        case 1 -> b[pos] = (byte) random.nextInt(256);
        case 2 -> b[pos] = (byte) (random.nextBoolean() ? 0x80 : 0xFF);
        case 3 -> b = Arrays.copyOf(b, pos);
        case 4 -> {
          byte[] longer = new byte[b.length + 1];
          System.arraycopy(b, 0, longer, 0, pos);
          longer[pos] = (byte) random.nextInt(256);
          System.arraycopy(b, pos, longer, pos + 1, b.length - pos);
          b = longer;
        }
        case 5 -> {
          byte[] shorter = new byte[b.length - 1];
          System.arraycopy(b, 0, shorter, 0, pos);
          System.arraycopy(b, pos + 1, shorter, pos, b.length - pos - 1);
          b = shorter;
        }
        default -> {
          int len = Math.min(b.length - pos, 1 + random.nextInt(16));
          byte[] doubled = new byte[b.length + len];
          System.arraycopy(b, 0, doubled, 0, pos + len);
          System.arraycopy(b, pos, doubled, pos + len, b.length - pos);
          b = doubled;
        }
      }
    }
    return b;
  }
}
