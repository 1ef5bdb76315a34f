package org.agentset.ca.reg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo enrolment codes the README documents are the ones the ca-schema migration seeded (salted
 * SHA-256), and nothing else opens them.
 */
class SeededRegistrationsTest {

  static final Map<String, String> DOCUMENTED =
      Map.of(
          "nordlicht-books", "nordlicht-7Q4M-K2XD",
          "voltaic-parts", "voltaic-9F3L-T8WB",
          "herbarium-tea", "herbarium-4R6N-P1ZC",
          "lumen-studio", "lumen-6D1K-W7YS",
          "agentset-gateway", "gateway-2H8V-M5QJ");

  private static Map<String, byte[][]> seeded() throws Exception {
    String sql;
    try (InputStream in =
        SeededRegistrationsTest.class.getResourceAsStream(
            "/db/migration/ca/V5__set_registration.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m =
        Pattern.compile(
                "\\('([a-z-]+)', '(?:MERCHANT|GATEWAY)'.*?'\\\\x([0-9a-f]{32})',"
                    + " '\\\\x([0-9a-f]{64})'\\)",
                Pattern.DOTALL)
            .matcher(sql);
    Map<String, byte[][]> rows = new LinkedHashMap<>();
    while (m.find()) {
      rows.put(
          m.group(1),
          new byte[][] {HexFormat.of().parseHex(m.group(2)), HexFormat.of().parseHex(m.group(3))});
    }
    return rows;
  }

  @Test
  void everyDocumentedCodeOpensItsRegistrationAndNoOther() throws Exception {
    Map<String, byte[][]> rows = seeded();
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(DOCUMENTED.keySet());
    for (var row : rows.entrySet()) {
      for (var code : DOCUMENTED.entrySet()) {
        byte[] hash = SchemaRegistrationPolicy.enrolmentHash(row.getValue()[0], code.getValue());
        assertThat(java.util.Arrays.equals(hash, row.getValue()[1]))
            .as(row.getKey() + " with the code of " + code.getKey())
            .isEqualTo(row.getKey().equals(code.getKey()));
      }
    }
  }
}
