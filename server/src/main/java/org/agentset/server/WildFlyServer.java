package org.agentset.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A WildFly process over the unpacked, configured distribution. Its server base directory (data,
 * transaction logs, deployments) is kept by the caller between runs; the configuration is refreshed
 * from the distribution at every start so that a rebuild's configuration takes effect.
 */
public final class WildFlyServer implements AutoCloseable {

  /** The server configuration the build writes (standalone-full plus AgentSET's CLI scripts). */
  public static final String CONFIG = "standalone-agentset.xml";

  private static final int HTTP_PORT = 8080;
  private static final int MANAGEMENT_PORT = 9990;

  private final Process process;
  private final Path baseDir;
  private final int portOffset;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private WildFlyServer(Process process, Path baseDir, int portOffset) {
    this.process = process;
    this.baseDir = baseDir;
    this.portOffset = portOffset;
  }

  /**
   * Deploys {@code ear} into {@code baseDir} and starts the server.
   *
   * @param jvmProperties extra {@code -D} options (e.g. the embedded database's settings)
   */
  public static WildFlyServer start(
      Path home, Path baseDir, Path ear, int portOffset, List<String> jvmProperties)
      throws IOException {
    return start(home, baseDir, ear, portOffset, jvmProperties, java.util.Map.of());
  }

  /**
   * As {@link #start(Path, Path, Path, int, List)}, with extra environment variables for the server
   * process (secrets travel this way, never on the command line).
   */
  public static WildFlyServer start(
      Path home,
      Path baseDir,
      Path ear,
      int portOffset,
      List<String> jvmProperties,
      java.util.Map<String, String> environment)
      throws IOException {
    requireFree(HTTP_PORT + portOffset, "HTTP");
    requireFree(MANAGEMENT_PORT + portOffset, "management");
    refreshConfiguration(home, baseDir);
    Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
    try (Stream<Path> markers = Files.list(deployments)) {
      for (Path marker :
          markers.filter(p -> p.getFileName().toString().contains(".ear.")).toList()) {
        Files.delete(marker);
      }
    }
    Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    Path console = Files.createDirectories(baseDir.resolve("log")).resolve("console.log");

    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add(CONFIG);
    command.add("-Djboss.server.base.dir=" + baseDir.toAbsolutePath());
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.add("-Djboss.bind.address=127.0.0.1");
    command.add("-Djboss.bind.address.management=127.0.0.1");
    command.addAll(jvmProperties);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(console.toFile()));
    builder.environment().put("JBOSS_HOME", home.toAbsolutePath().toString());
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.environment().put("NOPAUSE", "true");
    builder.environment().putAll(environment);
    return new WildFlyServer(builder.start(), baseDir, portOffset);
  }

  private static void refreshConfiguration(Path home, Path baseDir) throws IOException {
    Path source = home.resolve("standalone/configuration");
    Path target = Files.createDirectories(baseDir.resolve("configuration"));
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The HTTP port (8080 plus the offset). */
  public int httpPort() {
    return HTTP_PORT + portOffset;
  }

  /** The management port (9990 plus the offset), which serves {@code /health}. */
  public int managementPort() {
    return MANAGEMENT_PORT + portOffset;
  }

  /**
   * Waits until {@code /health/ready} answers UP (all deployments up, every schema migrated).
   *
   * @throws IOException naming why the server cannot become ready (it died, the deployment failed,
   *     or the time ran out) with the readiness report when there is one
   */
  public void awaitReady(Duration timeout, Consumer<String> progress)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    Path failed = baseDir.resolve("deployments/agentset.ear.failed");
    String lastReport = "no answer yet";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("WildFly exited with status " + process.exitValue());
      }
      if (Files.exists(failed)) {
        throw new IOException(
            "deployment failed: " + Files.readString(failed, StandardCharsets.UTF_8).strip());
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        lastReport = ready.body();
        if (ready.statusCode() == 200 && lastReport.contains("\"database\"")) {
          return;
        }
      } catch (IOException notListeningYet) {
        lastReport = "management interface not listening yet";
      }
      progress.accept(".");
      TimeUnit.SECONDS.sleep(1);
    }
    throw new IOException("WildFly not ready after " + timeout.toSeconds() + " s: " + lastReport);
  }

  /** Fails with a one-line explanation when another process already listens on {@code port}. */
  private static void requireFree(int port, String purpose) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (BindException e) {
      throw new IOException(
          "port "
              + port
              + " (WildFly "
              + purpose
              + ") is in use by another process;"
              + " stop it or set AGENTSET_PORT_OFFSET",
          e);
    }
  }

  /** Whether the server process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Blocks until the server process ends. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Asks the server to shut down gracefully; kills it after 90 seconds. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy(); // SIGTERM: standalone.sh passes it to the JVM, which shuts down cleanly
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }
}
