package org.agentset.wallet.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Turns the wallet password into key material with Argon2id (version 1.3) from Bouncy Castle:
 * memory-hard, so a stolen wallet file costs a guesser the same memory and time per guess as it
 * costs the customer per unlock.
 *
 * <p>The password is normalised to Unicode NFC and encoded in UTF-8 first, so the same password
 * typed through different input methods gives the same key. The 64 bytes of output are split: the
 * first 32 are the AES-256-GCM key, the last 32 the key check stored in the file header, which
 * tells a wrong password from a damaged file (see {@link WalletFileFormat}). Knowing the key check
 * gives nothing about the AES key (both are independent parts of one hash output) and nothing
 * beyond what the GCM tag would tell a guesser anyway.
 */
final class PasswordKdf {

  /** Length of the per-wallet salt, in bytes (RFC 9106 asks for 16). */
  static final int SALT_LENGTH = 16;

  private PasswordKdf() {}

  /** Derives the wallet's key material from {@code password}. */
  static DerivedKey derive(char[] password, byte[] salt, KdfParameters p) {
    byte[] secret = utf8Nfc(password);
    try {
      Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
      argon2.init(
          new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
              .withVersion(Argon2Parameters.ARGON2_VERSION_13)
              .withMemoryAsKB(p.memoryKiB())
              .withIterations(p.iterations())
              .withParallelism(p.parallelism())
              .withSalt(salt)
              .build());
      byte[] out = new byte[2 * DerivedKey.LENGTH];
      argon2.generateBytes(secret, out);
      DerivedKey key =
          new DerivedKey(
              Arrays.copyOfRange(out, 0, DerivedKey.LENGTH),
              Arrays.copyOfRange(out, DerivedKey.LENGTH, out.length));
      Arrays.fill(out, (byte) 0);
      return key;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] utf8Nfc(char[] password) {
    String normalised = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalised);
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return bytes;
  }
}
