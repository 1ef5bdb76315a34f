package org.agentset.set.sai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Golden vectors in {@code src/test/resources/vectors/sai/<name>.hex}: the test's bytes must equal
 * the stored ones. Run once with {@code -Dagentset.vectors.write=true} to (re)write them after a
 * deliberate format change, and review the diff.
 */
final class Golden {

  private Golden() {}

  static byte[] check(String name, byte[] actual) {
    if (Boolean.getBoolean("agentset.vectors.write")) {
      try {
        Path dir = Path.of("src/test/resources/vectors/sai");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".hex"), wrap(HexFormat.of().formatHex(actual)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return actual;
    }
    byte[] stored = read(name);
    assertThat(HexFormat.of().formatHex(actual))
        .as("golden vector " + name)
        .isEqualTo(HexFormat.of().formatHex(stored));
    return stored;
  }

  static byte[] read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/vectors/sai/" + name + ".hex")) {
      if (in == null) {
        throw new AssertionError("missing golden vector " + name);
      }
      String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("\\s", "");
      return HexFormat.of().parseHex(hex);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String wrap(String hex) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 64) {
      out.append(hex, i, Math.min(hex.length(), i + 64)).append('\n');
    }
    return out.toString();
  }
}
