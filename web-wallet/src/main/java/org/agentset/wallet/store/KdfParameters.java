package org.agentset.wallet.store;

/**
 * Argon2id's cost parameters, stored in each wallet file's header so that a wallet keeps opening
 * after the defaults change.
 *
 * <p>{@link #DEFAULT} is RFC 9106's second recommended option (section 4): 64 MiB of memory, 3
 * passes, 4 lanes. RFC 9106 recommends it where 2 GiB per derivation is too much, as on a
 * customer's PC that derives once per unlock. Bouncy Castle computes the lanes one after another,
 * so the cost is the memory and passes alone: measured about 0.7-0.9 s per derivation on the
 * project's loaded 2-core machine (see the README), which an unlock can afford and a guesser pays
 * for every guess.
 *
 * @param memoryKiB memory in KiB (8 × parallelism .. 1 GiB)
 * @param iterations passes over the memory (1..64)
 * @param parallelism lanes (1..16)
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

  /** RFC 9106 section 4, second recommended option: m = 64 MiB, t = 3, p = 4. */
  public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 4);

  /** The largest memory a wallet file may ask for, so a damaged header cannot exhaust the heap. */
  public static final int MAX_MEMORY_KIB = 1024 * 1024;

  /** Checks the bounds. */
  public KdfParameters {
    if (parallelism < 1 || parallelism > 16) {
      throw new IllegalArgumentException("Argon2 parallelism must be 1..16");
    }
    if (iterations < 1 || iterations > 64) {
      throw new IllegalArgumentException("Argon2 iterations must be 1..64");
    }
    if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException("Argon2 memory must be 8 KiB per lane .. 1 GiB");
    }
  }
}
