package org.agentset.set.msg;

import java.nio.file.Path;

/**
 * Writes the test vectors of the purchase flow under {@code src/test/resources/vectors/msg}: per
 * suite the PKI ({@code pki.pem}) and, from the PKI as stored, the golden transcript of one seeded
 * purchase ({@code transcript.pem}, see {@link GoldenPurchase}). Run by hand from the module
 * directory when a deliberate change alters the wire format (with the test classpath):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.agentset.set.msg.FlowVectorGenerator [pki]
 * </pre>
 *
 * Without argument only the transcripts are rewritten; with {@code pki} the hierarchies are
 * reissued first (then rebuild, so the transcripts chain to the new certificates).
 */
public final class FlowVectorGenerator {

  private FlowVectorGenerator() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of("src/test/resources/vectors/msg");
    for (String suite : FlowPki.SUITES) {
      if (args.length > 0 && args[0].equals("pki")) {
        FlowPkiIssuer.issue(suite).write(base.resolve(suite).resolve("pki.pem"));
      } else {
        GoldenPurchase.write(suite, base.resolve(suite).resolve("transcript.pem"));
      }
      System.out.println("wrote " + suite);
    }
  }
}
