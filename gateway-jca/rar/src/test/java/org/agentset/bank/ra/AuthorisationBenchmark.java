package org.agentset.bank.ra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.db.Party;
import org.agentset.db.SchemaMigrator;

/**
 * Load driver: authorisations per second and latency percentiles through the adapter's own
 * connection classes (pooled {@code BankConnection}s, as the server hands them out) to the
 * embedded issuer on loopback, over a durable PostgreSQL (fsync and synchronous commit on). Each
 * measured call is what a gateway bean pays: take a pooled connection, authorise, give it back.
 *
 * <p>Run: {@code mvn -B -ntp -q verify -pl gateway-jca/rar -am -Pbench -DskipTests} (README, "Bank
 * network"). System properties {@code bench.threads} (8), {@code bench.seconds} (20) and {@code
 * bench.warmup} (5) change the load.
 */
public final class AuthorisationBenchmark {

  private static final List<String> CARDS =
      List.of("4111111111111111", "5555555555554444", "5200000000000007", "5200000000000015", "5200000000000023");

  private AuthorisationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.getInteger("bench.threads", 8);
    Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "100")
            .start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      SchemaMigrator.migrate(dataSource, Party.BANK);
      SchemaMigrator.migrate(dataSource, Party.GATEWAY);
      try (AdapterFixture fixture = new AdapterFixture(dataSource, Duration.ofSeconds(10))) {
        run(fixture, threads, warmup);
        Result result = run(fixture, threads, measured);
        System.out.printf(
            "%nAgentSET bank network: authorisations through pooled adapter connections to the embedded"
                + " issuer on loopback,%nPostgreSQL %s with fsync and synchronous_commit on;"
                + " %d threads, %d s warm-up, %d s measured, %d core(s), Java %s%n",
            postgres.getPostgresDatabase().getConnection().getMetaData().getDatabaseProductVersion(),
            threads, warmup.toSeconds(), measured.toSeconds(),
            Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        System.out.println(result.report(measured));
        System.out.printf("TCP connections made by the pool: %d%n%n", fixture.pool().created());
      }
    }
  }

  private static Result run(AdapterFixture fixture, int threads, Duration length) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String card = CARDS.get(t % CARDS.size());
      workers.add(pool.submit(() -> drive(fixture, card, running)));
    }
    Thread.sleep(length.toMillis());
    running.set(false);
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> w : workers) {
      all.add(w.get());
    }
    pool.shutdown();
    return Result.of(all);
  }

  /** Authorises one cent at a time until told to stop; returns the latencies in nanoseconds. */
  private static long[] drive(AdapterFixture fixture, String card, AtomicBoolean running) throws Exception {
    long[] latencies = new long[1 << 16];
    int n = 0;
    while (running.get()) {
      long start = System.nanoTime();
      BankResult result;
      try (BankConnection c = fixture.factory().getConnection()) {
        result = c.authorise(Cards.authorisation(card, 1));
      }
      long took = System.nanoTime() - start;
      if (!result.approved()) {
        throw new IllegalStateException("benchmark authorisation not approved: " + result.responseCode());
      }
      if (n == latencies.length) {
        latencies = Arrays.copyOf(latencies, n * 2);
      }
      latencies[n++] = took;
    }
    return Arrays.copyOf(latencies, n);
  }

  /** The merged latencies of one run. */
  private record Result(long[] sorted) {
    static Result of(List<long[]> parts) {
      long[] merged = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Result(merged);
    }

    private double millis(double quantile) {
      int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
      return sorted[Math.max(index, 0)] / 1e6;
    }

    String report(Duration length) {
      return String.format(
          "authorisations: %d in %d s = %.0f/s; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
          sorted.length, length.toSeconds(), sorted.length / (double) length.toSeconds(),
          millis(0.50), millis(0.95), millis(0.99), millis(1.0));
    }
  }
}
