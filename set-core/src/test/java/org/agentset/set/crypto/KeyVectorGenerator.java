package org.agentset.set.crypto;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Writes the fixed test keys of {@link TestKeys}. Not a test: run once by hand when the key set
 * changes, from the module directory, with the test class path:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$BC_JARS \
 *     org.agentset.set.crypto.KeyVectorGenerator src/test/resources/vectors/crypto/keys
 * </pre>
 */
final class KeyVectorGenerator {

  private KeyVectorGenerator() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    AlgorithmSuites suites = TestKeys.suites("AgentSET test key vectors v1");
    for (AlgorithmSuite suite : suites.all()) {
      Path dir = Files.createDirectories(root.resolve(suite.name()));
      write(dir.resolve("alice.pem"), suite.generateKeyPair(KeyPurpose.SIGNATURE));
      write(dir.resolve("mallory.pem"), suite.generateKeyPair(KeyPurpose.SIGNATURE));
      write(dir.resolve("bob.pem"), suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE));
      write(dir.resolve("eve.pem"), suite.generateKeyPair(KeyPurpose.KEY_EXCHANGE));
    }
  }

  private static void write(Path file, KeyPair pair) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        PemWriter pem = new PemWriter(out)) {
      pem.writeObject(new PemObject("PRIVATE KEY", pair.getPrivate().getEncoded()));
      pem.writeObject(new PemObject("PUBLIC KEY", pair.getPublic().getEncoded()));
    }
  }
}
