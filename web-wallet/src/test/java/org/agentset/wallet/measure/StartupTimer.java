package org.agentset.wallet.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long a packaged wallet takes from {@code java -jar} to its first HTTP 200, the
 * figure the packaging decision rests on (a test-scope main, not a test: timings vary with the
 * machine's load and are reported, never asserted). Run by {@code web-wallet/measure/packaging.sh}.
 *
 * <p>Usage: {@code StartupTimer <runs> <path> <label>=<jar> [<label>=<jar> ...]}. The jars are
 * started in turn (interleaved, so a load spike hits all of them alike), each on a fresh free port
 * with an empty {@code AGENTSET_WALLET_HOME}; the timer polls {@code GET <path>} every 5 ms and
 * stops at the first 200. It prints each run and the median, minimum and maximum per jar.
 */
public final class StartupTimer {

  private StartupTimer() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    String path = args[1];
    Map<String, Path> jars = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] labelJar = args[i].split("=", 2);
      jars.put(labelJar[0], Path.of(labelJar[1]));
    }
    Map<String, List<Long>> times = new LinkedHashMap<>();
    jars.keySet().forEach(label -> times.put(label, new ArrayList<>()));
    for (int run = 1; run <= runs; run++) {
      for (Map.Entry<String, Path> jar : jars.entrySet()) {
        long ms = timeOneStart(jar.getValue(), path);
        times.get(jar.getKey()).add(ms);
        System.out.printf("run %d %-8s %5d ms%n", run, jar.getKey(), ms);
      }
    }
    System.out.println();
    System.out.printf("%-8s %10s %9s %9s %9s%n", "jar", "size (B)", "median", "min", "max");
    for (Map.Entry<String, List<Long>> t : times.entrySet()) {
      List<Long> sorted = t.getValue().stream().sorted().toList();
      System.out.printf(
          "%-8s %10d %6d ms %6d ms %6d ms%n",
          t.getKey(),
          Files.size(jars.get(t.getKey())),
          median(sorted),
          sorted.get(0),
          sorted.get(sorted.size() - 1));
    }
  }

  private static long timeOneStart(Path jar, String path) throws Exception {
    int port = freePort();
    Path home = Files.createTempDirectory("wallet-startup-");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("AGENTSET_WALLET_PORT", Integer.toString(port));
    pb.environment().put("AGENTSET_WALLET_HOME", home.toString());
    pb.environment().put("AGENTSET_CA_URL", "http://127.0.0.1:9/ca");
    long start = System.nanoTime();
    Process p = pb.start();
    try {
      while (!answers200(port, path)) {
        if (!p.isAlive()) {
          throw new IllegalStateException(jar + " exited with " + p.exitValue());
        }
        if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
          throw new IllegalStateException(jar + " did not answer 200 on " + path + " in 60 s");
        }
        Thread.sleep(5);
      }
      return (System.nanoTime() - start) / 1_000_000;
    } finally {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }

  private static boolean answers200(int port, String path) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.startsWith("HTTP/1.1 200");
    } catch (IOException notYet) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static long median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
