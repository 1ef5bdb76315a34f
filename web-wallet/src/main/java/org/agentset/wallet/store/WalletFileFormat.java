package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.DAMAGED;
import static org.agentset.wallet.store.WalletException.Reason.UNSUPPORTED;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.agentset.set.crypto.Aes256Gcm;

/**
 * The layout of {@code wallet.dat}: a fixed binary header, the AES-256-GCM ciphertext of the DER
 * contents, and a SHA-256 checksum (all integers big-endian).
 *
 * <pre>
 * offset  size  field
 *      0     8  magic "AGSETWLT"
 *      8     2  format version (1)
 *     10     1  KDF (1 = Argon2id, version 1.3)
 *     11     4  Argon2 memory, KiB
 *     15     4  Argon2 iterations
 *     19     1  Argon2 parallelism
 *     20    16  salt (random, per wallet; renewed on every password change)
 *     36    32  key check (last 32 bytes of the Argon2id output)
 *     68    12  GCM nonce (random, renewed on every write)
 *     80     4  n = ciphertext length including the 16-byte tag
 *     84     n  AES-256-GCM(key, nonce, aad = bytes 0..83, plaintext = DER contents)
 *   84+n    32  SHA-256 of bytes 0..83+n
 * </pre>
 *
 * <p>Three checks, three answers. The checksum needs no password and catches a truncated or
 * bit-rotted file before any key is derived: <em>damaged</em>. The key check, compared in constant
 * time after the KDF, tells a wrong password: <em>wrong password</em>. The GCM tag, which
 * authenticates the header as associated data, catches an alteration whose author recomputed the
 * checksum: <em>damaged</em> again. Whoever alters the key check and recomputes the checksum makes
 * the right password look wrong; only the key could tell, and nothing is ever reset on either
 * answer.
 */
final class WalletFileFormat {

  static final byte[] MAGIC = "AGSETWLT".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  static final int KDF_ARGON2ID = 1;
  static final int HEADER_LENGTH = 84;
  static final int CHECKSUM_LENGTH = 32;
  static final int MIN_LENGTH = HEADER_LENGTH + Aes256Gcm.TAG_LENGTH + CHECKSUM_LENGTH;

  private static final int LENGTH_OFFSET = 80;

  private WalletFileFormat() {}

  /** What the header says, apart from the ciphertext length. */
  record Header(KdfParameters kdf, byte[] salt, byte[] keyCheck, byte[] nonce) {
    Header {
      if (salt.length != PasswordKdf.SALT_LENGTH
          || keyCheck.length != DerivedKey.LENGTH
          || nonce.length != Aes256Gcm.NONCE_LENGTH) {
        throw new IllegalArgumentException("salt 16, key check 32 and nonce 12 bytes");
      }
    }
  }

  /** A file taken apart: its header, the header's bytes (the GCM associated data), ciphertext. */
  record Sealed(Header header, byte[] associatedData, byte[] ciphertext) {}

  /** The header's bytes for a ciphertext of {@code ciphertextLength} bytes: the associated data. */
  static byte[] headerBytes(Header h, int ciphertextLength) {
    return ByteBuffer.allocate(HEADER_LENGTH)
        .put(MAGIC)
        .putShort((short) VERSION)
        .put((byte) KDF_ARGON2ID)
        .putInt(h.kdf().memoryKiB())
        .putInt(h.kdf().iterations())
        .put((byte) h.kdf().parallelism())
        .put(h.salt())
        .put(h.keyCheck())
        .put(h.nonce())
        .putInt(ciphertextLength)
        .array();
  }

  /** The whole file: header, ciphertext, checksum. */
  static byte[] assemble(byte[] headerBytes, byte[] ciphertext) {
    ByteBuffer file =
        ByteBuffer.allocate(headerBytes.length + ciphertext.length + CHECKSUM_LENGTH)
            .put(headerBytes)
            .put(ciphertext);
    file.put(sha256(file.array(), file.position()));
    return file.array();
  }

  /**
   * Takes a file apart, checking everything that needs no password.
   *
   * @throws WalletException {@code DAMAGED} naming what is wrong (truncated, not a wallet file,
   *     checksum mismatch, impossible parameters), {@code UNSUPPORTED} for a newer format
   */
  static Sealed parse(byte[] file) throws WalletException {
    if (file.length >= MAGIC.length
        && !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new WalletException(DAMAGED, "it is not an AgentSET wallet file");
    }
    if (file.length < MIN_LENGTH) {
      throw new WalletException(DAMAGED, "truncated to " + file.length + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(file);
    int n = in.getInt(LENGTH_OFFSET);
    long expected = (long) HEADER_LENGTH + n + CHECKSUM_LENGTH;
    byte[] checksum = Arrays.copyOfRange(file, file.length - CHECKSUM_LENGTH, file.length);
    if (!MessageDigest.isEqual(checksum, sha256(file, file.length - CHECKSUM_LENGTH))) {
      throw new WalletException(
          DAMAGED,
          n >= Aes256Gcm.TAG_LENGTH && expected > file.length
              ? "truncated to " + file.length + " of " + expected + " bytes"
              : "its checksum does not match (altered or damaged on disk)");
    }
    if (expected != file.length || n < Aes256Gcm.TAG_LENGTH) {
      throw new WalletException(DAMAGED, "its length field disagrees with its size");
    }
    return new Sealed(
        header(in),
        Arrays.copyOf(file, HEADER_LENGTH),
        Arrays.copyOfRange(file, HEADER_LENGTH, HEADER_LENGTH + n));
  }

  private static Header header(ByteBuffer in) throws WalletException {
    in.position(MAGIC.length);
    int version = Short.toUnsignedInt(in.getShort());
    if (version != VERSION) {
      throw version > VERSION
          ? new WalletException(UNSUPPORTED, "format version " + version)
          : new WalletException(DAMAGED, "format version " + version + " does not exist");
    }
    int kdf = Byte.toUnsignedInt(in.get());
    if (kdf != KDF_ARGON2ID) {
      throw new WalletException(UNSUPPORTED, "key derivation function " + kdf);
    }
    KdfParameters params;
    try {
      params = new KdfParameters(in.getInt(), in.getInt(), Byte.toUnsignedInt(in.get()));
    } catch (IllegalArgumentException e) {
      throw new WalletException(DAMAGED, "its key derivation parameters are out of range");
    }
    return new Header(
        params,
        take(in, PasswordKdf.SALT_LENGTH),
        take(in, DerivedKey.LENGTH),
        take(in, Aes256Gcm.NONCE_LENGTH));
  }

  private static byte[] take(ByteBuffer in, int n) {
    byte[] out = new byte[n];
    in.get(out);
    return out;
  }

  private static byte[] sha256(byte[] data, int length) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(data, 0, length);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
