package org.agentset.ans.trust;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Customer agents' communication keys: generated here (P-256, through Bouncy Castle), certified by
 * the CA on the wallet's word, and kept only sealed — AES-256-GCM under a key derived once
 * (PBKDF2-HMAC-SHA256) from {@code agentset.ans.key-password}, with the agent's id as associated
 * data so a sealed key cannot be moved to another agent. Destroying a key is deleting its sealed
 * bytes: nothing else holds it.
 *
 * <p>Sealed layout: {@code 0x01 ‖ nonce(12) ‖ AES-GCM(PKCS#8 private key) ‖ tag(16)}.
 */
public final class AgentKeys {

  private static final byte VERSION = 1;
  private static final byte[] SALT =
      "agentset-ans-agent-keys-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int ITERATIONS = 210_000;

  private final Provider provider;
  private final SecureRandom random;
  private final SecretKey sealingKey;

  /** Derives the sealing key from the password (about a tenth of a second, once). */
  public AgentKeys(Provider provider, SecureRandom random, char[] password) {
    this.provider = Objects.requireNonNull(provider);
    this.random = Objects.requireNonNull(random);
    try {
      byte[] k =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password, SALT, ITERATIONS, 256))
              .getEncoded();
      this.sealingKey = new SecretKeySpec(k, "AES");
      Arrays.fill(k, (byte) 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot derive the agent-key sealing key", e);
    }
  }

  /** A fresh P-256 key pair for an agent. */
  public KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", provider);
      g.initialize(new ECGenParameterSpec("P-256"), random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate an agent key", e);
    }
  }

  /** The PKCS#10 request the wallet vouches for: subject {@code CN=<agentId>, O=AgentSET}. */
  public PKCS10CertificationRequest request(String agentId, KeyPair keys) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.O, "AgentSET")
            .addRDN(BCStyle.CN, agentId)
            .build();
    try {
      return new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
          .build(
              new JcaContentSignerBuilder("SHA256withECDSA")
                  .setProvider(provider)
                  .build(keys.getPrivate()));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot sign the agent's certification request", e);
    }
  }

  /** Seals {@code key} for {@code agentId}. */
  public byte[] seal(String agentId, PrivateKey key) {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(128, nonce));
      c.updateAAD(agentId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] plain = key.getEncoded();
      byte[] ct = c.doFinal(plain);
      Arrays.fill(plain, (byte) 0);
      byte[] out = new byte[1 + 12 + ct.length];
      out[0] = VERSION;
      System.arraycopy(nonce, 0, out, 1, 12);
      System.arraycopy(ct, 0, out, 13, ct.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal the agent key", e);
    }
  }

  /**
   * Opens a sealed key of {@code agentId}.
   *
   * @throws IllegalStateException if the bytes are damaged, belong to another agent, or the
   *     password changed (AES-GCM cannot tell these apart)
   */
  public PrivateKey open(String agentId, byte[] sealed) {
    if (sealed == null || sealed.length < 1 + 12 + 16 || sealed[0] != VERSION) {
      throw new IllegalStateException("the sealed agent key is destroyed or damaged");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(128, sealed, 1, 12));
      c.updateAAD(agentId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] plain = c.doFinal(sealed, 13, sealed.length - 13);
      try {
        return KeyFactory.getInstance("EC", provider)
            .generatePrivate(new PKCS8EncodedKeySpec(plain));
      } finally {
        Arrays.fill(plain, (byte) 0);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot open the sealed key of agent "
              + agentId
              + ": damaged, another agent's, or the key password changed");
    }
  }

  /** The DER of a request (for storage and the API). */
  public static byte[] der(PKCS10CertificationRequest request) {
    try {
      return request.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
