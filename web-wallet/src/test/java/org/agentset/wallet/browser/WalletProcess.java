package org.agentset.wallet.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wallet as the customer runs it: {@code java -jar target/agentset-wallet.jar} in its own
 * process, on a free port, with an empty wallet directory; its address is read from the line it
 * prints when ready.
 */
final class WalletProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target", "agentset-wallet.jar");
  private static final Pattern READY =
      Pattern.compile("AgentSET wallet ready in \\d+ ms at (http://127\\.0\\.0\\.1:\\d+/)");

  private final Process process;
  private final String url;
  private final StringBuilder output = new StringBuilder();

  private WalletProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts the jar and waits (up to a minute) for it to say where it listens. */
  static WalletProcess start(Path home) throws Exception {
    return start(home, java.util.Map.of());
  }

  /** As {@link #start(Path)} with more environment (e.g. the CA's and agent server's URLs). */
  static WalletProcess start(Path home, java.util.Map<String, String> env) throws Exception {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath() + " is missing: the browser test runs after `package`");
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString())
            .redirectErrorStream(true);
    pb.environment().put("AGENTSET_WALLET_PORT", "0");
    pb.environment().put("AGENTSET_WALLET_HOME", home.toString());
    pb.environment().put("AGENTSET_CA_URL", "http://127.0.0.1:9/ca");
    pb.environment().putAll(env);
    Process p = pb.start();
    StringBuilder seen = new StringBuilder();
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  synchronized (seen) {
                    seen.append(line).append('\n');
                  }
                  Matcher m = READY.matcher(line);
                  if (m.find()) {
                    ready.complete(m.group(1));
                  }
                }
                ready.completeExceptionally(
                    new IllegalStateException("the wallet exited:\n" + seen));
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
            },
            "wallet-output");
    reader.setDaemon(true);
    reader.start();
    try {
      WalletProcess w = new WalletProcess(p, ready.get(60, TimeUnit.SECONDS));
      return w;
    } catch (Exception e) {
      p.destroyForcibly();
      throw e;
    }
  }

  String url() {
    return url;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
