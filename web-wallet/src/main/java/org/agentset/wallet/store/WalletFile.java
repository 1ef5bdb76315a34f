package org.agentset.wallet.store;

import static org.agentset.wallet.store.WalletException.Reason.DAMAGED;
import static org.agentset.wallet.store.WalletException.Reason.IO_ERROR;
import static org.agentset.wallet.store.WalletException.Reason.NO_WALLET;
import static org.agentset.wallet.store.WalletException.Reason.UNSUPPORTED;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.agentset.set.asn1.der.SetDecodingException;
import org.agentset.set.crypto.Aes256Gcm;
import org.agentset.set.crypto.SetCryptoException;
import org.agentset.wallet.model.WalletContents;
import org.agentset.wallet.store.WalletFileFormat.Header;
import org.agentset.wallet.store.WalletFileFormat.Sealed;

/**
 * {@code wallet.dat} on disk: contents in, sealed bytes out, and back. It holds no key and no
 * state; {@link WalletStore} decides when to read and write, this class how. Plaintext buffers are
 * overwritten as soon as they are sealed or decoded.
 */
final class WalletFile {

  private static final System.Logger LOG = System.getLogger(WalletFile.class.getName());

  /** Larger than any wallet file: 16 MiB of contents plus header, tag and checksum. */
  private static final long MAX_FILE = 17L << 20;

  private final Path path;
  private final AtomicFile atomic;

  WalletFile(Path path, AtomicFile atomic) {
    this.path = path;
    this.atomic = atomic;
  }

  /**
   * Reads and takes apart the file, checking everything that needs no password.
   *
   * @throws WalletException {@code NO_WALLET}, {@code DAMAGED}, {@code UNSUPPORTED}, {@code
   *     IO_ERROR}
   */
  Sealed read() throws WalletException {
    try {
      if (!Files.exists(path)) {
        throw new WalletException(NO_WALLET);
      }
      long size = Files.size(path);
      if (size > MAX_FILE) {
        throw new WalletException(
            DAMAGED, "it is larger than any wallet file (" + size + " bytes)");
      }
      return WalletFileFormat.parse(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new WalletException(
          IO_ERROR, "reading " + path + " failed (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Seals {@code contents} under {@code key} with {@code nonce} and replaces the file with it. */
  void write(KdfParameters kdf, byte[] salt, DerivedKey key, byte[] nonce, WalletContents contents)
      throws WalletException {
    byte[] plaintext = ContentsCodec.encode(contents);
    try {
      Header h = new Header(kdf, salt, key.keyCheck(), nonce);
      byte[] aad = WalletFileFormat.headerBytes(h, plaintext.length + Aes256Gcm.TAG_LENGTH);
      byte[] ciphertext = Aes256Gcm.INSTANCE.seal(key.aesKey(), nonce, aad, plaintext);
      atomic.write(WalletFileFormat.assemble(aad, ciphertext));
    } catch (IOException e) {
      throw new WalletException(
          IO_ERROR,
          "writing "
              + path
              + " failed ("
              + e.getClass().getSimpleName()
              + "); the previous file"
              + " is intact",
          e);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Opens a sealed file with the key whose check already matched.
   *
   * @throws WalletException {@code DAMAGED} if the tag fails (the file was altered) or the contents
   *     do not decode; {@code UNSUPPORTED} for newer contents
   */
  static WalletContents decrypt(DerivedKey key, Sealed sealed) throws WalletException {
    byte[] plaintext;
    try {
      plaintext =
          Aes256Gcm.INSTANCE.open(
              key.aesKey(),
              sealed.header().nonce(),
              sealed.associatedData(),
              sealed.ciphertext(),
              "wallet.dat");
    } catch (SetCryptoException e) {
      LOG.log(Level.WARNING, "Wallet file fails authentication under the right password");
      throw new WalletException(
          DAMAGED, "it fails authentication although the password is right (it was altered)");
    }
    try {
      return ContentsCodec.decode(plaintext);
    } catch (SetDecodingException e) {
      throw new WalletException(DAMAGED, "its contents do not decode: " + e.getMessage());
    } catch (ContentsCodec.UnsupportedVersionException e) {
      throw new WalletException(UNSUPPORTED, e.getMessage());
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** Deletes temporary files an interrupted write left behind. */
  void removeLeftovers() throws IOException {
    atomic.removeLeftovers();
  }
}
