package org.agentset.it.gateway;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the test server again after a test killed it: the same WildFly, base directory,
 * configuration and JVM arguments as {@code arquillian.xml} gives the managed container (read from
 * the test class path, its {@code ${agentset.db.*}} filled from the test JVM's properties). The EAR
 * comes back by itself, as WildFly redeploys what it had deployed. Arquillian's own shutdown at the
 * end of the run reaches the new process through the management port; a shutdown hook destroys it
 * should that fail.
 */
final class WildFlyRestart {

  private WildFlyRestart() {}

  /** Waits for the old process to be gone, starts a new one, and waits for {@code readyPath}. */
  static Process restart(String readyPath) throws Exception {
    String xml;
    try (InputStream in =
        WildFlyRestart.class.getClassLoader().getResourceAsStream("arquillian.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String home = property(xml, "jbossHome");
    String config = property(xml, "serverConfig");
    String vmArgs = property(xml, "javaVmArguments");
    for (String p : List.of("agentset.db.url", "agentset.db.user", "agentset.db.password")) {
      vmArgs = vmArgs.replace("${" + p + "}", System.getProperty(p));
    }
    waitUntilDown(readyPath);
    List<String> command = new ArrayList<>();
    command.add(home + "/bin/standalone.sh");
    command.add("-c");
    command.add(config);
    List<String> javaOpts = new ArrayList<>();
    for (String a : vmArgs.trim().split("\\s+")) {
      javaOpts.add(a);
    }
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_OPTS", String.join(" ", javaOpts));
    pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    File out =
        Path.of(System.getProperty("agentset.it.serverlog"))
            .getParent()
            .getParent()
            .resolve("restart.out")
            .toFile();
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out));
    Process process = pb.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (process.isAlive()) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                  }
                }));
    waitUntilUp(readyPath, Duration.ofMinutes(4));
    return process;
  }

  private static String property(String xml, String name) {
    Matcher m = Pattern.compile("<property name=\"" + name + "\">([^<]*)</property>").matcher(xml);
    if (!m.find()) {
      throw new IllegalStateException("arquillian.xml has no " + name);
    }
    return m.group(1);
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static int status(String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(GatewayHttp.url(path)))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void waitUntilDown(String path) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (status(path) != -1) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the server did not go down");
      }
      Thread.sleep(500);
    }
    Thread.sleep(2_000); // let the ports be released
  }

  private static void waitUntilUp(String path, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (status(path) != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the restarted server did not answer " + path);
      }
      Thread.sleep(1_000);
    }
  }
}
