package org.agentset.set.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interoperability: OpenSSL's own DER parser ({@code openssl asn1parse -inform DER}) reads every
 * golden vector completely and names SET's object identifiers in it. The test fails, never skips,
 * when OpenSSL is not installed.
 */
class OpenSslAsn1ParseTest {

  private static final Pattern FIRST_LINE =
      Pattern.compile("^\\s*0:d=0\\s+hl=(\\d+)\\s+l=\\s*(\\d+)\\s+cons:\\s+SEQUENCE");

  @TempDir Path tmp;

  static Stream<GoldenVectors.Vector> vectors() {
    return GoldenVectors.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void opensslParsesTheWholeVector(GoldenVectors.Vector v) throws Exception {
    byte[] der = v.expected();
    Path file = tmp.resolve(v.file() + ".der");
    Files.write(file, der);
    String out =
        run(List.of("openssl", "asn1parse", "-inform", "DER", "-i", "-in", file.toString()));
    Matcher first = FIRST_LINE.matcher(out);
    assertThat(first.find()).as(out).isTrue();
    assertThat(Integer.parseInt(first.group(1)) + Integer.parseInt(first.group(2)))
        .as("the top-level SEQUENCE spans the file")
        .isEqualTo(der.length);
    assertThat(out).doesNotContainIgnoringCase("error").doesNotContain("BAD");
    for (String shown : v.asn1parseShows()) {
      assertThat(out).as("asn1parse shows %s", shown).contains(shown);
    }
  }

  private static String run(List<String> command) throws InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail(
          "OpenSSL is required for the interoperability tests and was not found: "
              + e.getMessage());
      return "";
    }
    String out;
    try {
      out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }
}
