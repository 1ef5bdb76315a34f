package org.agentset.ca.hierarchy;

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
 * The hierarchy's private keys as one Bouncy Castle FIPS-format key store (BCFKS): PBKDF2 over
 * the configured password, AES-CCM encryption of every entry and an HMAC over the whole store, so
 * nothing in it — not even which aliases it holds — is readable or silently changeable without the
 * password. BCFKS rather than PKCS#12 because it stores any key type Bouncy Castle knows (the
 * JDK's PKCS#12 cannot reload post-quantum keys) and encrypts the certificates too.
 *
 * <p>Entry aliases are {@code <ca>/signing}, {@code <ca>/message}, {@code <ca>/exchange} and
 * {@code root/next} (the successor root key that the root certificate's hashedRootKey commits
 * to). Failures never include the password.
 */
public final class CaKeyStore {

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

  public CaKeyStore(Provider provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /** Encrypts {@code entries} under {@code password}. */
  public byte[] seal(Map<String, Entry> entries, char[] password) {
    try {
      KeyStore ks = KeyStore.getInstance(TYPE, provider);
      ks.load(null, null);
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        ks.setKeyEntry(
            e.getKey(), e.getValue().key(), password, new Certificate[] {e.getValue().certificate()});
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new CaKeyStoreException("cannot write the CA key store: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Decrypts a key store written by {@link #seal}.
   *
   * @throws CaKeyStoreException if the password is wrong or the content damaged (which BCFKS
   *     cannot tell apart, and neither can we)
   */
  public Map<String, Entry> open(byte[] content, char[] password) {
    KeyStore ks;
    try {
      ks = KeyStore.getInstance(TYPE, provider);
      ks.load(new ByteArrayInputStream(content), password);
    } catch (IOException | GeneralSecurityException e) {
      throw new CaKeyStoreException(
          "cannot open the CA key store: the configured password is wrong or the stored key store"
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
      throw new CaKeyStoreException("cannot read an entry of the CA key store", null);
    }
  }

  /** A key store that cannot be written or opened; the message never holds secrets. */
  public static final class CaKeyStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CaKeyStoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
