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
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.agentset.bank.api.BankConnection;
import org.agentset.bank.api.BankResult;
import org.agentset.bank.host.BankDatabase;
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
 * bench.warmup} (5) change the load; {@code bench.durable=false} turns synchronous commit off to
 * show what the disk's flushes cost.
 */
public final class AuthorisationBenchmark {

  private static final List<String> CARDS =
      List.of("4111111111111111", "5555555555554444", "5200000000000007", "5200000000000015", "5200000000000023");

  private AuthorisationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.getInteger("bench.threads", 8);
    Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
    String commit = Boolean.parseBoolean(System.getProperty("bench.durable", "true")) ? "on" : "off";
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", commit)
            .setServerConfig("max_connections", "100")
            .start()) {
      DataSource dataSource = BankDatabase.pooled(postgres.getPostgresDatabase(), 40);
      SchemaMigrator.migrate(dataSource, Party.BANK);
      SchemaMigrator.migrate(dataSource, Party.GATEWAY);
      try (AdapterFixture fixture = new AdapterFixture(dataSource, Duration.ofSeconds(10))) {
        run(fixture, threads, warmup);
        ProcessHandle postmaster = postmaster(dataSource);
        long jvmBefore = jvmCpuNanos();
        long pgBefore = cpuNanos(postmaster);
        Result result = run(fixture, threads, measured);
        double jvmPerAuth = (jvmCpuNanos() - jvmBefore) / 1e6 / result.sorted().length;
        double pgPerAuth = (cpuNanos(postmaster) - pgBefore) / 1e6 / result.sorted().length;
        System.out.printf(
            "%nAgentSET bank network: authorisations through pooled adapter connections to the embedded"
                + " issuer on loopback,%nPostgreSQL %s with fsync on, synchronous_commit %s;"
                + " %d threads, %d s warm-up, %d s measured, %d core(s), Java %s%n",
            version(dataSource),
            commit,
            threads, warmup.toSeconds(), measured.toSeconds(),
            Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        System.out.println(result.report(measured));
        System.out.printf(
            "CPU per authorisation: %.2f ms in this JVM (adapter and issuer), %.2f ms in PostgreSQL;"
                + " TCP connections made by the pool: %d%n%n",
            jvmPerAuth, pgPerAuth, fixture.pool().created());
      }
    }
  }

  /** The PostgreSQL server process that forked the backends of {@code dataSource}. */
  private static ProcessHandle postmaster(DataSource dataSource) throws java.sql.SQLException {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.ResultSet rs = c.createStatement().executeQuery("select pg_backend_pid()")) {
      rs.next();
      return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow();
    }
  }

  /** CPU time of the server process and all its live backends. */
  private static long cpuNanos(ProcessHandle postmaster) {
    return java.util.stream.Stream.concat(Stream.of(postmaster), postmaster.descendants())
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String version(DataSource dataSource) throws java.sql.SQLException {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductVersion();
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
