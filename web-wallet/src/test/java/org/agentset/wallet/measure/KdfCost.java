package org.agentset.wallet.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.agentset.wallet.store.KdfParameters;
import org.agentset.wallet.store.WalletStore;

/**
 * What an unlock costs (a test-scope main, not a test): creates a wallet with each Argon2id cost
 * and times {@code unlock} after one warm-up, printing the median. An unlock is one Argon2id
 * derivation plus reading and decrypting a small file, so this is the KDF's price per guess too.
 * Run by {@code web-wallet/measure/kdf-cost.sh}.
 */
public final class KdfCost {

  private KdfCost() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    List<KdfParameters> costs =
        List.of(
            KdfParameters.DEFAULT,
            new KdfParameters(19 * 1024, 2, 1),
            new KdfParameters(256, 1, 1));
    char[] password = "correct horse battery".toCharArray();
    for (KdfParameters p : costs) {
      Path home = Files.createTempDirectory("wallet-kdf-");
      try (WalletStore store =
          WalletStore.open(home, p, Duration.ofMinutes(5), Clock.systemUTC(), new SecureRandom())) {
        store.create(password);
        store.lock();
        store.unlock(password);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          store.lock();
          long t = System.nanoTime();
          store.unlock(password);
          ms.add((System.nanoTime() - t) / 1_000_000);
        }
        List<Long> sorted = ms.stream().sorted().toList();
        System.out.printf(
            "Argon2id m=%d KiB t=%d p=%d: unlock median %d ms (min %d, max %d, %d runs)%n",
            p.memoryKiB(),
            p.iterations(),
            p.parallelism(),
            sorted.get(sorted.size() / 2),
            sorted.get(0),
            sorted.get(sorted.size() - 1),
            runs);
      }
    }
  }
}
