package org.agentset.set.cert;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A party's private keys as one Bouncy Castle FIPS-format key store (BCFKS): PBKDF2 over the
 * configured password, AES-CCM encryption of every entry and an HMAC over the whole store, so
 * nothing in it — not even which aliases it holds — is readable or silently changeable without the
 * password. BCFKS rather than PKCS#12 because it stores any key type Bouncy Castle knows (the JDK's
 * PKCS#12 cannot reload post-quantum keys) and encrypts the certificates too.
 *
 * <p>Used by every party that keeps keys in its own schema (the CA's hierarchy, the gateway, the
 * merchants): the sealed bytes are what the schema stores, the password comes from configuration.
 * Failures name the store ({@code owner}) but never include the password.
 */
public final class SealedKeyStore {

  /** The key-store type written into the schema. */
  public static final String TYPE = "BCFKS";

  /** A private key with the certificate that a key store entry needs beside it. */
  public record Entry(PrivateKey key, X509Certificate certificate) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(certificate, "certificate");
    }
  }

  private final Provider provider;
  private final String owner;

  /**
   * @param owner the party whose keys these are, as it should read in an error ("CA", "gateway")
   */
  public SealedKeyStore(Provider provider, String owner) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /** Encrypts {@code entries} under {@code password}. */
  public byte[] seal(Map<String, Entry> entries, char[] password) {
    try {
      KeyStore ks = KeyStore.getInstance(TYPE, provider);
      ks.load(null, null);
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        ks.setKeyEntry(
            e.getKey(),
            e.getValue().key(),
            password,
            new Certificate[] {e.getValue().certificate()});
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new SealedKeyStoreException(
          "cannot write the " + owner + " key store: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Decrypts a key store written by {@link #seal}.
   *
   * @throws SealedKeyStoreException if the password is wrong or the content damaged (which BCFKS
   *     cannot tell apart, and neither can we)
   */
  public Map<String, Entry> open(byte[] content, char[] password) {
    KeyStore ks;
    try {
      ks = KeyStore.getInstance(TYPE, provider);
      ks.load(new ByteArrayInputStream(content), password);
    } catch (IOException | GeneralSecurityException e) {
      throw new SealedKeyStoreException(
          "cannot open the "
              + owner
              + " key store: the configured password is wrong or the stored key store"
              + " is damaged",
          null);
    }
    try {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (String alias : Collections.list(ks.aliases())) {
        PrivateKey key = (PrivateKey) ks.getKey(alias, password);
        X509Certificate cert = (X509Certificate) ks.getCertificate(alias);
        entries.put(alias, new Entry(key, cert));
      }
      return entries;
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new SealedKeyStoreException(
          "cannot read an entry of the " + owner + " key store", null);
    }
  }

  /** A key store that cannot be written or opened; the message never holds secrets. */
  public static final class SealedKeyStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SealedKeyStoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
