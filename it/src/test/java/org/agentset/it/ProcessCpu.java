package org.agentset.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time of the processes a benchmark drives, read from {@code /proc} (Linux): the managed
 * WildFly, the test PostgreSQL (the server process, the backends it has reaped and the ones alive),
 * and any other process the test started (a wallet). Benchmarks take the difference of two readings
 * around their measured phase and report it per operation.
 */
public final class ProcessCpu {

  private ProcessCpu() {}

  /** The managed WildFly: the java process whose arguments name this run's base directory. */
  public static Optional<ProcessHandle> wildFly() {
    String base =
        Path.of(System.getProperty("agentset.it.serverlog")).getParent().getParent().toString();
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("jboss-modules") && c.contains(base))
                    .orElse(false))
        .findFirst();
  }

  /** The test PostgreSQL's server process: the {@code postgres} listening on the tests' port. */
  public static Optional<ProcessHandle> postgres() {
    String url = System.getProperty("agentset.db.url", "");
    if (!url.startsWith("jdbc:")) {
      return Optional.empty();
    }
    int port = URI.create(url.substring("jdbc:".length())).getPort();
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("postgres") && c.contains(" -p " + port + " "))
                    .orElse(false))
        .findFirst();
  }

  /** User + system CPU of one process in milliseconds (100 ticks/s), or -1 once it is gone. */
  public static long millis(ProcessHandle p) {
    long[] f = stat(p);
    return f == null ? -1 : (f[0] + f[1]) * 10;
  }

  /**
   * PostgreSQL's whole CPU in milliseconds: the server process, the children it has reaped (their
   * time is added to its own when they end) and the backends alive now.
   */
  public static long postgresMillis(ProcessHandle server) {
    long[] f = stat(server);
    if (f == null) {
      return -1;
    }
    long ticks = f[0] + f[1] + f[2] + f[3];
    for (ProcessHandle child : server.children().toList()) {
      long[] c = stat(child);
      if (c != null) {
        ticks += c[0] + c[1];
      }
    }
    return ticks * 10;
  }

  /**
   * A reading of named processes' CPU; {@link #since} gives the milliseconds each spent after it.
   */
  public static final class Reading {
    private final Map<String, java.util.function.LongSupplier> processes;
    private final Map<String, Long> at;

    private Reading(Map<String, java.util.function.LongSupplier> processes) {
      this.processes = processes;
      this.at = now();
    }

    private Map<String, Long> now() {
      Map<String, Long> m = new LinkedHashMap<>();
      processes.forEach((name, cpu) -> m.put(name, Math.max(0, cpu.getAsLong())));
      return m;
    }

    /** CPU milliseconds each process spent since this reading, in reading order. */
    public Map<String, Long> since() {
      Map<String, Long> m = now();
      m.replaceAll((name, ms) -> ms - at.get(name));
      return m;
    }
  }

  /** Reads WildFly, the test PostgreSQL and {@code others} (by name) now. */
  public static Reading read(Map<String, ProcessHandle> others) {
    Map<String, java.util.function.LongSupplier> processes = new LinkedHashMap<>();
    wildFly().ifPresent(p -> processes.put("WildFly", () -> millis(p)));
    postgres().ifPresent(p -> processes.put("PostgreSQL", () -> postgresMillis(p)));
    others.forEach((name, p) -> processes.put(name, () -> millis(p)));
    return new Reading(processes);
  }

  /** utime, stime, cutime, cstime in clock ticks, or null when the process is gone. */
  private static long[] stat(ProcessHandle p) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {
        Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
