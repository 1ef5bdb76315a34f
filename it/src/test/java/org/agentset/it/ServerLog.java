package org.agentset.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The IT server's log as a test reads it: {@code server.log} together with the files WildFly's
 * daily rotation moved earlier days to ({@code server.log.2026-11-25}), so that a suite running
 * across midnight still sees what was written before it, and a secrets check reads every line the
 * server wrote. Read as ISO-8859-1, which decodes any byte.
 */
public final class ServerLog {

  private ServerLog() {}

  /** {@code server.log} itself. */
  public static Path current() {
    return Path.of(System.getProperty("agentset.it.serverlog"));
  }

  /** Everything the server logged: the rotated files, oldest first, then the current one. */
  public static String text() throws IOException {
    Path log = current();
    String name = log.getFileName().toString();
    List<Path> files;
    try (Stream<Path> all = Files.list(log.getParent())) {
      files = all.filter(p -> p.getFileName().toString().startsWith(name + ".")).sorted().toList();
    }
    StringBuilder text = new StringBuilder();
    for (Path f : files) {
      text.append(Files.readString(f, StandardCharsets.ISO_8859_1));
    }
    if (Files.exists(log)) {
      text.append(Files.readString(log, StandardCharsets.ISO_8859_1));
    }
    return text.toString();
  }
}
