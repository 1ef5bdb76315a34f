package org.agentset.set.msg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * Test-only randomness: SHA-256 in counter mode over a seed, so that every "random" choice (content
 * keys, nonces, salts, ephemeral keys, signature randomness) repeats from run to run and outputs
 * can be stored as known answers. Never use outside tests.
 */
final class DeterministicRandom extends SecureRandom {

  private static final long serialVersionUID = 1L;

  DeterministicRandom(String seed) {
    super(new Spi(seed.getBytes(StandardCharsets.UTF_8)), null);
  }

  private static final class Spi extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;
    private long counter;

    Spi(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    protected void engineSetSeed(byte[] ignored) {
      // deterministic by design: reseeding is ignored
    }

    @Override
    protected synchronized void engineNextBytes(byte[] bytes) {
      int done = 0;
      while (done < bytes.length) {
        byte[] block = block(counter++);
        int n = Math.min(block.length, bytes.length - done);
        System.arraycopy(block, 0, bytes, done, n);
        done += n;
      }
    }

    @Override
    protected byte[] engineGenerateSeed(int n) {
      byte[] out = new byte[n];
      engineNextBytes(out);
      return out;
    }

    private byte[] block(long n) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(seed);
        for (int i = 7; i >= 0; i--) {
          sha.update((byte) (n >>> (8 * i)));
        }
        return sha.digest();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
